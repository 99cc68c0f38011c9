package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.goals.StakeholderFeedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who in the register took part in a dialogue or workshop (their timeline has an engagement on it), and the letter
 * entry that feedback on a decision was sent to them.
 */
@Singleton
class StakeholderFeedbackTimeline implements StakeholderFeedback {

    private final EngagementRowRepository engagements;
    private final ContactRowRepository contacts;
    private final Clock clock;

    StakeholderFeedbackTimeline(EngagementRowRepository engagements, ContactRowRepository contacts, Clock clock) {
        this.engagements = engagements;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public List<Participant> participants(long organisationId, Collection<Long> dialogueIds,
                                          Collection<Long> workshopIds) {
        Set<Long> ids = new LinkedHashSet<>();
        engagements.onDialoguesOrWorkshops(organisationId, dialogueIds, workshopIds).stream()
                .map(EngagementRow::contactId).filter(id -> id != null).forEach(ids::add);
        if (ids.isEmpty()) {
            return List.of();
        }
        return contacts.findByOrganisationIdAndIdIn(organisationId, ids).stream()
                .filter(c -> c.erasedAt() == null && c.consentWithdrawnOn() == null
                        && c.email() != null && !c.email().isBlank())
                .sorted(Comparator.comparing(ContactRow::name, String.CASE_INSENSITIVE_ORDER))
                .map(c -> new Participant(c.id(), c.name(), c.email().strip())).toList();
    }

    @Override
    public void recordSent(long organisationId, long contactId, String summary, @Nullable Long accountId) {
        engagements.save(new EngagementRow(null, organisationId, null, contactId, EngagementKind.LETTER,
                LocalDate.now(clock), "", summary.length() > 2000 ? summary.substring(0, 2000) : summary,
                IssueKind.NONE, null, null, null, null, null, accountId, clock.instant()));
    }
}
