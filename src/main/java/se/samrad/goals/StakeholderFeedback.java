package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.List;

/**
 * The register's side of "you said, we did": the contact persons whose timeline shows they took part in a dialogue
 * or workshop, and an entry in their timeline when feedback was sent. Offered by the stakeholder register, read by
 * the consequence assessment, so neither knows the other. What it answers is personal data: the caller lets only
 * those who may handle it see it.
 */
public interface StakeholderFeedback {

    /** A contact person who took part and can be reached by e-mail. */
    record Participant(long contactId, String name, String email) {
    }

    /**
     * The organisation's contacts with an engagement on one of these dialogues or workshops, with an e-mail
     * address, neither erased nor having withdrawn consent, each once, by name.
     */
    List<Participant> participants(long organisationId, Collection<Long> dialogueIds, Collection<Long> workshopIds);

    /** Adds a letter to the contact's timeline: feedback sent today, {@code summary} saying what it was. */
    void recordSent(long organisationId, long contactId, String summary, @Nullable Long accountId);
}
