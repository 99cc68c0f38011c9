package se.samrad.workshop;

import jakarta.inject.Singleton;
import se.samrad.goals.TargetInteractionSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The workshops' SDG interaction matrices as scored target pairs, for other capabilities (goal conflicts). */
@Singleton
class WorkshopInteractions implements TargetInteractionSource {

    private final WorkshopRepository workshops;
    private final ActivityRepository activities;
    private final EventLog log;

    WorkshopInteractions(WorkshopRepository workshops, ActivityRepository activities, EventLog log) {
        this.workshops = workshops;
        this.activities = activities;
        this.log = log;
    }

    @Override
    public List<Interaction> interactions(long organisationId, Collection<Long> elementIds) {
        Set<Long> wanted = new HashSet<>(elementIds);
        List<Interaction> out = new ArrayList<>();
        for (Activity matrix : activities.sdgMatrices(organisationId)) {
            List<Long> targets = log.config(matrix).targetList();
            if (targets.stream().noneMatch(wanted::contains)) {
                continue;
            }
            Workshop workshop = workshops.findByIdAndOrganisationId(matrix.workshopId(), organisationId).orElse(null);
            if (workshop == null) {
                continue;
            }
            SdgMatrix m = log.snapshot(workshop.id(), "interactions", true).activity(matrix.id()).matrix();
            for (int r = 0; r < targets.size(); r++) {
                for (int c = 0; c < targets.size(); c++) {
                    SdgMatrix.Cell cell = m.cell(r, c);
                    if (r != c && cell.isScored()
                            && (wanted.contains(targets.get(r)) || wanted.contains(targets.get(c)))) {
                        out.add(new Interaction(targets.get(r), targets.get(c), cell.mean(), cell.count(),
                                cell.disagreement(), workshop.title(), "/workshops/" + workshop.id(),
                                workshop.createdAt()));
                    }
                }
            }
        }
        return out;
    }
}
