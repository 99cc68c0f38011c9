package se.samrad.dialogue;

import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Moderation of free-text answers by the organisation's facilitators and admins: hide what breaks the rules
 * (it stays stored, out of results and evidence), restore it, and tag answers with goal targets so that they
 * become evidence for those targets.
 */
@Singleton
public class TextModeration {

    private final Dialogues dialogues;
    private final DialoguePermissions permissions;
    private final TextAnswerStore texts;
    private final GoalCatalogue catalogue;
    private final AuditLog audit;

    TextModeration(Dialogues dialogues, DialoguePermissions permissions, TextAnswerStore texts, GoalCatalogue catalogue, AuditLog audit) {
        this.dialogues = dialogues;
        this.permissions = permissions;
        this.texts = texts;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    public void setHidden(CurrentUser user, long dialogueId, long answerId, boolean hidden) {
        permissions.requireEditor(user);
        Dialogue dialogue = dialogues.get(user, dialogueId);
        if (!texts.setHidden(dialogue.id(), answerId, hidden)) {
            throw new NotFoundException("answer");
        }
        audit.record(dialogue.organisationId(), user, AuditAction.DIALOGUE_ANSWER_MODERATED,
                "dialogue:" + dialogueId + "/answer:" + answerId, hidden ? "hidden" : "restored");
    }

    /** Tags an answer with targets given by code ("11.2, 12.3"; Agenda 2030 first, then the organisation's own). */
    public List<GoalElement> tag(CurrentUser user, long dialogueId, long answerId, String codes) {
        permissions.requireEditor(user);
        Dialogue dialogue = dialogues.get(user, dialogueId);
        List<GoalElement> elements = parseCodes(codes, dialogue.organisationId());
        if (!texts.setTargets(dialogue.id(), answerId, elements.stream().map(GoalElement::id).toList())) {
            throw new NotFoundException("answer");
        }
        audit.record(dialogue.organisationId(), user, AuditAction.DIALOGUE_ANSWER_MODERATED,
                "dialogue:" + dialogueId + "/answer:" + answerId,
                "targets " + String.join(", ", elements.stream().map(GoalElement::code).toList()));
        return elements;
    }

    /** Target codes separated by commas or spaces; an unknown code is an error naming no one. */
    List<GoalElement> parseCodes(String codes, long organisationId) {
        Set<GoalElement> found = new LinkedHashSet<>();
        for (String code : (codes == null ? "" : codes).split("[,;\\s]+")) {
            if (code.isBlank()) {
                continue;
            }
            GoalElement element = catalogue.agenda2030().element(code.strip()).orElseGet(() ->
                    catalogue.visibleTo(organisationId).stream().filter(f -> f.isOwned())
                            .flatMap(f -> f.element(code.strip()).stream()).findFirst().orElse(null));
            if (element == null) {
                throw new InvalidRequestException("dialogue.error.target-code");
            }
            found.add(element);
        }
        return new ArrayList<>(found);
    }
}
