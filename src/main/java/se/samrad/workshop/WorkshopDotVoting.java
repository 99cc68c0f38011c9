package se.samrad.workshop;

import jakarta.inject.Singleton;
import se.samrad.goals.WorkshopVoting;
import se.samrad.platform.security.CurrentUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The workshops' side of prioritising by dot voting: a {@link ActivityKind#DOTS} activity and its tally. */
@Singleton
class WorkshopDotVoting implements WorkshopVoting {

    private final WorkshopService service;
    private final WorkshopRepository workshops;
    private final ActivityRepository activities;
    private final WorkshopPermissions permissions;
    private final EventLog log;

    WorkshopDotVoting(WorkshopService service, WorkshopRepository workshops, ActivityRepository activities,
                      WorkshopPermissions permissions, EventLog log) {
        this.service = service;
        this.workshops = workshops;
        this.activities = activities;
        this.permissions = permissions;
        this.log = log;
    }

    @Override
    public List<Workshop> workshops(CurrentUser user) {
        if (user.organisationId() == null) {
            return List.of();
        }
        return service.list(user).stream()
                .filter(w -> w.status() != se.samrad.workshop.Workshop.Status.ENDED && permissions.canRun(user, w))
                .map(w -> new Workshop(w.id(), w.title())).toList();
    }

    @Override
    public long send(CurrentUser user, long workshopId, String title, String prompt, List<String> options,
                     int budget) {
        ActivityConfig config = new ActivityConfig(List.copyOf(options), false, 0, 0, budget, budget, List.of(), 0,
                null, List.of(), false);
        return service.addActivity(user, workshopId, ActivityKind.DOTS, title, prompt, config).id();
    }

    @Override
    public Optional<Tally> tally(long organisationId, long workshopId, long activityId) {
        se.samrad.workshop.Workshop workshop = workshops.findByIdAndOrganisationId(workshopId, organisationId)
                .orElse(null);
        if (workshop == null || activities.findByIdAndWorkshopId(activityId, workshopId)
                .filter(a -> a.kind() == ActivityKind.DOTS).isEmpty()) {
            return Optional.empty();
        }
        ActivityView view = log.snapshot(workshopId, "prioritisation", true).activity(activityId);
        if (view == null) {
            return Optional.empty();
        }
        List<String> options = view.config().optionList();
        List<Integer> dots = new ArrayList<>(options.stream().map(o -> 0).toList());
        for (ActivityView.Count c : view.counts()) {
            int i = options.indexOf(c.label());
            if (i >= 0) {
                dots.set(i, c.count());
            }
        }
        return Optional.of(new Tally(workshop.title(), view.respondents(), dots));
    }
}
