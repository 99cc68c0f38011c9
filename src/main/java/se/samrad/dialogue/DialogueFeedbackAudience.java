package se.samrad.dialogue;

import jakarta.inject.Singleton;
import se.samrad.goals.FeedbackAudience;
import se.samrad.goals.Text;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The dialogues' side of "you said, we did": a dialogue's title, languages and public link, and who asked for
 * feedback (submitted responses with an e-mail address, in a dialogue that is not anonymous).
 */
@Singleton
class DialogueFeedbackAudience implements FeedbackAudience {

    private final Dialogues dialogues;
    private final FeedbackContactRepository contacts;

    DialogueFeedbackAudience(Dialogues dialogues, FeedbackContactRepository contacts) {
        this.dialogues = dialogues;
        this.contacts = contacts;
    }

    @Override
    public List<Dialogue> dialogues(long organisationId, Collection<Long> ids) {
        return new LinkedHashSet<>(ids).stream().map(id -> find(organisationId, id)).flatMap(Optional::stream)
                .map(d -> {
                    Text title = d.title(d.ownLanguage());
                    return new Dialogue(d.id(), title.value(), title.lang(), d.languages(),
                            "/d/" + d.publicKey(), d.anonymous());
                }).toList();
    }

    @Override
    public List<Recipient> recipients(long organisationId, long dialogueId) {
        return find(organisationId, dialogueId).filter(d -> !d.anonymous())
                .map(d -> contacts.withEmail(d.id()).stream()
                        .map(c -> new Recipient(c.name(), c.email().strip(), d.contentLanguage(c.lang()))).toList())
                .orElse(List.of());
    }

    private Optional<se.samrad.dialogue.Dialogue> find(long organisationId, long id) {
        return dialogues.byId(id).filter(d -> d.organisationId() == organisationId);
    }
}
