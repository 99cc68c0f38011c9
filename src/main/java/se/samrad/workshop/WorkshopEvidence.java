package se.samrad.workshop;

import jakarta.inject.Singleton;
import se.samrad.goals.evidence.Evidence;
import se.samrad.goals.evidence.EvidenceSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What workshops produced, as evidence for assessments: activities and items the facilitator tagged with a
 * target (an activity counts its inputs; each visible item is a statement backed by its votes), and every
 * scored pair of an SDG interaction matrix that involves the target (a {@link Evidence.Type#SYNERGY} where the
 * target is the one that pulls the other along).
 */
@Singleton
class WorkshopEvidence implements EvidenceSource {

    static final String KIND = "workshop";

    private final WorkshopRepository workshops;
    private final ActivityRepository activities;
    private final TagRowRepository tags;
    private final EventLog log;

    WorkshopEvidence(WorkshopRepository workshops, ActivityRepository activities, TagRowRepository tags, EventLog log) {
        this.workshops = workshops;
        this.activities = activities;
        this.tags = tags;
        this.log = log;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Evidence> evidenceFor(long organisationId, Collection<Long> elementIds) {
        List<Evidence> evidence = new ArrayList<>();
        Set<Long> wanted = new HashSet<>(elementIds);
        for (TagRow tag : tags.findByOrganisationIdAndElementIdInList(organisationId, wanted)) {
            Optional<Workshop> workshop = workshops.findByIdAndOrganisationId(tag.workshopId(), organisationId);
            if (workshop.isEmpty()) {
                continue;
            }
            ActivityView view = log.snapshot(tag.workshopId(), "evidence", true).activity(tag.activityId());
            if (view != null) {
                tagged(evidence, workshop.get(), view, tag);
            }
        }
        for (Activity matrix : activities.sdgMatrices(organisationId)) {
            List<Long> targets = log.config(matrix).targetList();
            if (targets.stream().noneMatch(wanted::contains)) {
                continue;
            }
            Workshop workshop = workshops.findById(matrix.workshopId()).orElseThrow();
            ActivityView view = log.snapshot(workshop.id(), "evidence", true).activity(matrix.id());
            SdgMatrix m = view.matrix();
            for (int r = 0; r < targets.size(); r++) {
                for (int c = 0; c < targets.size(); c++) {
                    SdgMatrix.Cell cell = m.cell(r, c);
                    long element = wanted.contains(targets.get(r)) ? targets.get(r) : targets.get(c);
                    if (cell.isScored() && (wanted.contains(targets.get(r)) || wanted.contains(targets.get(c)))) {
                        boolean pulls = element == targets.get(r) && cell.mean() > 0;
                        evidence.add(new Evidence(KIND, workshop.id(), workshop.title(), href(workshop), element,
                                pulls ? Evidence.Type.SYNERGY : Evidence.Type.ITEM, matrix.title() + ": " + targets.get(r) + "->" + targets.get(c)
                                + " " + cell.mean() + (cell.disagreement() ? " (!)" : ""), "", cell.count(), 0,
                                workshop.createdAt()));
                    }
                }
            }
        }
        return evidence;
    }

    private void tagged(List<Evidence> evidence, Workshop workshop, ActivityView view, TagRow tag) {
        String title = view.activity().title();
        if (tag.itemSeq() == 0) {
            long inputs = view.activity().kind().hasItems() ? view.items().stream().filter(i -> !i.hidden()).count()
                    : view.respondents() + view.words().stream().mapToInt(ActivityView.Count::count).sum();
            evidence.add(new Evidence(KIND, workshop.id(), workshop.title(), href(workshop), tag.elementId(),
                    Evidence.Type.COUNT, title, "", inputs, 0, workshop.createdAt()));
            view.counts().forEach(c -> evidence.add(new Evidence(KIND, workshop.id(), workshop.title(), href(workshop),
                    tag.elementId(), Evidence.Type.COUNT, title + ": " + c.label(), "", c.count(),
                    view.respondents(), workshop.createdAt())));
        }
        view.items().stream().filter(i -> !i.hidden() && i.mergedInto() == 0)
                .filter(i -> tag.itemSeq() == 0 || i.seq() == tag.itemSeq())
                .forEach(i -> evidence.add(new Evidence(KIND, workshop.id(), workshop.title(), href(workshop),
                        tag.elementId(), Evidence.Type.STATEMENT, i.text(), "", Math.max(1, i.votes()), 0, null)));
    }

    private static String href(Workshop workshop) {
        return "/workshops/" + workshop.id() + "/report";
    }

}
