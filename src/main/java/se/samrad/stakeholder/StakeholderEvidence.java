package se.samrad.stakeholder;

import jakarta.inject.Singleton;
import se.samrad.goals.evidence.Evidence;
import se.samrad.goals.evidence.EvidenceSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The register as evidence: per target, each stakeholder who cares about it, with its current overall quadrant
 * on the interest/influence grid (an enum name, e.g. {@code MANAGE_CLOSELY}, that readers translate) and the note;
 * and each agreement or engagement entry tagged with the target, as a statement (its summary).
 */
@Singleton
class StakeholderEvidence implements EvidenceSource {

    static final String KIND = "stakeholder";

    private final StakeholderTargets targets;
    private final StakeholderRegister register;
    private final Placements placements;
    private final Engagements engagements;

    StakeholderEvidence(StakeholderTargets targets, StakeholderRegister register, Placements placements,
                        Engagements engagements) {
        this.engagements = engagements;
        this.targets = targets;
        this.register = register;
        this.placements = placements;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Evidence> evidenceFor(long organisationId, Collection<Long> elementIds) {
        List<Evidence> all = new ArrayList<>(caring(organisationId, elementIds));
        all.addAll(engaged(organisationId, elementIds));
        return all;
    }

    /** Agreements and engagement entries tagged with the targets, each as a statement of its organisation. */
    private List<Evidence> engaged(long organisationId, Collection<Long> elementIds) {
        List<Engagements.Tagged> tagged = engagements.taggedWith(organisationId, elementIds).stream()
                .filter(t -> t.row().stakeholderId() != null).toList();
        Map<Long, StakeholderRow> stakeholders = register.byId(organisationId,
                tagged.stream().map(t -> t.row().stakeholderId()).distinct().toList());
        return tagged.stream().filter(t -> stakeholders.containsKey(t.row().stakeholderId())).map(t -> {
            StakeholderRow s = stakeholders.get(t.row().stakeholderId());
            return new Evidence(KIND, s.id(), s.name(), "/stakeholders/organisations/" + s.id(), t.elementId(),
                    Evidence.Type.STATEMENT, t.row().summary(), "", 1, 0, t.row().createdAt());
        }).toList();
    }

    private List<Evidence> caring(long organisationId, Collection<Long> elementIds) {
        List<TargetRow> rows = targets.linksTo(organisationId, elementIds);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, StakeholderRow> stakeholders = register.byId(organisationId,
                rows.stream().map(TargetRow::stakeholderId).distinct().toList());
        Map<Long, Placements.Current> overall = placements.current(organisationId).stream()
                .filter(c -> c.placement().issueKey().isEmpty())
                .collect(Collectors.toMap(c -> c.stakeholder().id(), Function.identity()));
        return rows.stream().filter(r -> stakeholders.containsKey(r.stakeholderId())).map(r -> {
            StakeholderRow s = stakeholders.get(r.stakeholderId());
            Placements.Current placed = overall.get(s.id());
            String quadrant = placed == null ? "" : placed.placement().quadrant().name();
            String label = quadrant + (r.note().isEmpty() ? "" : (quadrant.isEmpty() ? "" : ": ") + r.note());
            return new Evidence(KIND, s.id(), s.name(), "/stakeholders/organisations/" + s.id(), r.elementId(),
                    Evidence.Type.ITEM, label, "", 1, 0, s.updatedAt());
        }).toList();
    }
}
