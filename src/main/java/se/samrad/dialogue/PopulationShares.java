package se.samrad.dialogue;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;

import java.util.EnumMap;
import java.util.Map;

/** The population shares (in percent) of a dialogue's background groups, for the representativeness check. */
@Singleton
public class PopulationShares {

    private final Dialogues dialogues;
    private final DialoguePermissions permissions;
    private final PopulationRowRepository rows;
    private final AuditLog audit;

    PopulationShares(Dialogues dialogues, DialoguePermissions permissions, PopulationRowRepository rows, AuditLog audit) {
        this.dialogues = dialogues;
        this.permissions = permissions;
        this.rows = rows;
        this.audit = audit;
    }

    /** Demographic to option key to percent, for the dialogue's current background questions. */
    public Map<Demographic, Map<String, Double>> get(CurrentUser user, long dialogueId) {
        Dialogue dialogue = dialogues.get(user, dialogueId);
        Map<Demographic, Map<String, Double>> shares = new EnumMap<>(Demographic.class);
        rows.forDialogue(dialogue.id()).forEach(r -> shares.computeIfAbsent(Demographic.valueOf(r.demographic()),
                k -> new java.util.LinkedHashMap<>()).put(r.optionKey(), r.share()));
        return shares;
    }

    /** Replaces all shares; each is a percentage from 0 to 100, and one demographic's shares add up to at most 100. */
    @Transactional
    public void set(CurrentUser user, long dialogueId, Map<Demographic, Map<String, Double>> shares) {
        permissions.requireEditor(user);
        Dialogue dialogue = dialogues.get(user, dialogueId);
        for (Map<String, Double> group : shares.values()) {
            double sum = 0;
            for (double share : group.values()) {
                if (share < 0 || share > 100 || Double.isNaN(share)) {
                    throw new InvalidRequestException("dialogue.error.share");
                }
                sum += share;
            }
            if (sum > 100.5) {
                throw new InvalidRequestException("dialogue.error.share-sum");
            }
        }
        rows.deleteForDialogue(dialogue.id());
        shares.forEach((demographic, group) -> group.forEach((option, share) -> rows.save(
                new PopulationRow(null, dialogue.id(), demographic.name(), option, share))));
        audit.record(dialogue.organisationId(), user, AuditAction.DIALOGUE_CHANGED, "dialogue:" + dialogue.id(),
                "population shares");
    }
}
