package se.samrad.goals;

import java.util.Collection;
import java.util.List;

/**
 * The register's answer to "which of these stakeholders were not heard": stakeholder organisations linked to
 * something (a consequence case) whose timeline has no engagement on any of the given dialogues or workshops.
 * Offered by the stakeholder register, read by the consequence assessment, so neither knows the other.
 */
public interface StakeholderHearing {

    /** A stakeholder organisation that was not heard. */
    record Unheard(long stakeholderId, String name) {
    }

    /**
     * Of these stakeholder organisations of the organisation (other ids are left out), those with no engagement on
     * one of these dialogues or workshops, by name.
     */
    List<Unheard> unheard(long organisationId, Collection<Long> stakeholderIds, Collection<Long> dialogueIds,
                          Collection<Long> workshopIds);
}
