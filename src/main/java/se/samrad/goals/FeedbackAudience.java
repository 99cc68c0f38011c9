package se.samrad.goals;

import java.util.Collection;
import java.util.List;

/**
 * Who took part in a dialogue and may hear back: the dialogue's title, the languages it was offered in and its
 * public link, and the residents who left contact details for feedback (only in dialogues that are not anonymous).
 * Offered by the dialogues, read by the consequence assessment's feedback, so neither knows the other.
 */
public interface FeedbackAudience {

    /** A dialogue as feedback names it; {@code title} in the dialogue's own language {@code titleLang}. */
    record Dialogue(long id, String title, String titleLang, List<String> languages, String href, boolean anonymous) {
    }

    /** A resident who asked for feedback, in the language they answered in. */
    record Recipient(String name, String email, String lang) {
    }

    /** The organisation's dialogues among these ids (unknown or another organisation's left out). */
    List<Dialogue> dialogues(long organisationId, Collection<Long> ids);

    /** The residents of a non-anonymous dialogue who submitted and left an e-mail address; none for anonymous. */
    List<Recipient> recipients(long organisationId, long dialogueId);
}
