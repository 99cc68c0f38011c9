package se.samrad.stakeholder;

import jakarta.inject.Singleton;
import se.samrad.goals.StakeholderHearing;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Stakeholder organisations whose timeline has no engagement on the given dialogues or workshops. */
@Singleton
class StakeholderHearingTimeline implements StakeholderHearing {

    private final EngagementRowRepository engagements;
    private final StakeholderRowRepository stakeholders;

    StakeholderHearingTimeline(EngagementRowRepository engagements, StakeholderRowRepository stakeholders) {
        this.engagements = engagements;
        this.stakeholders = stakeholders;
    }

    @Override
    public List<Unheard> unheard(long organisationId, Collection<Long> stakeholderIds, Collection<Long> dialogueIds,
                                 Collection<Long> workshopIds) {
        if (stakeholderIds.isEmpty()) {
            return List.of();
        }
        Set<Long> heard = new HashSet<>();
        engagements.onDialoguesOrWorkshops(organisationId, dialogueIds, workshopIds)
                .forEach(e -> heard.add(e.stakeholderId()));
        return stakeholders.findByOrganisationIdAndIdIn(organisationId, stakeholderIds).stream()
                .filter(s -> !heard.contains(s.id()))
                .sorted(Comparator.comparing(StakeholderRow::name, String.CASE_INSENSITIVE_ORDER))
                .map(s -> new Unheard(s.id(), s.name())).toList();
    }
}
