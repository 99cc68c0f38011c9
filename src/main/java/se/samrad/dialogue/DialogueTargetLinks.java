package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalElement;
import se.samrad.goals.TargetLinkSource;
import se.samrad.goals.Text;
import se.samrad.goals.evidence.Evidence;
import se.samrad.platform.i18n.Messages;
import se.samrad.platform.security.CurrentUser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** On a target's page, for the organisation's staff: its dialogues that produced evidence for the target. */
@Singleton
class DialogueTargetLinks implements TargetLinkSource {

    private final DialogueEvidence evidence;
    private final Dialogues dialogues;
    private final Messages messages;

    DialogueTargetLinks(DialogueEvidence evidence, Dialogues dialogues, Messages messages) {
        this.evidence = evidence;
        this.dialogues = dialogues;
        this.messages = messages;
    }

    @Override
    public String headingKey() {
        return "dialogue.links.heading";
    }

    @Override
    public List<TargetLink> linksTo(GoalElement target, @Nullable CurrentUser user, String lang) {
        if (user == null || user.organisationId() == null) {
            return List.of();
        }
        Map<Long, long[]> perDialogue = new LinkedHashMap<>();
        for (Evidence e : evidence.evidenceFor(user.organisationId(), List.of(target.id()))) {
            long[] counts = perDialogue.computeIfAbsent(e.sourceId(), k -> new long[2]);
            if (e.type() == Evidence.Type.STATEMENT) {
                counts[1]++;
            } else {
                counts[0] += e.count();
            }
        }
        var language = messages.language(lang).orElse(messages.reference());
        List<TargetLink> links = new ArrayList<>();
        perDialogue.forEach((id, counts) -> dialogues.byId(id).ifPresent(d -> links.add(new TargetLink(d.title(lang),
                "/dialogues/" + id + "/results", new Text(messages.get(language, "dialogue.links.context"), lang),
                new Text(messages.get(language, "dialogue.links.detail", counts[0], counts[1]), lang)))));
        return links;
    }
}
