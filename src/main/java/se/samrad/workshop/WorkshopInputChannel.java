package se.samrad.workshop;

import jakarta.inject.Singleton;
import se.samrad.platform.input.InputChannel;
import se.samrad.platform.security.CurrentUser;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Workshops as a channel other capabilities start on their subject: a draft workshop with one idea board asking the
 * brief's question; what came in is the ideas (visible, not merged away) and the answers to its other activities.
 */
@Singleton
class WorkshopInputChannel implements InputChannel {

    private static final int LATEST = 3;

    private final WorkshopService service;
    private final WorkshopPermissions permissions;
    private final WorkshopRepository workshops;
    private final EventLog log;

    WorkshopInputChannel(WorkshopService service, WorkshopPermissions permissions, WorkshopRepository workshops,
                         EventLog log) {
        this.service = service;
        this.permissions = permissions;
        this.workshops = workshops;
        this.log = log;
    }

    @Override
    public String kind() {
        return WorkshopEvidence.KIND;
    }

    @Override
    public boolean canStart(CurrentUser user) {
        return permissions.canCreate(user);
    }

    @Override
    public Started start(CurrentUser user, Brief brief) {
        Workshop workshop = service.create(user, cut(brief.title(), WorkshopCommand.MAX_TITLE),
                cut(brief.description(), WorkshopCommand.MAX_DESCRIPTION), true);
        service.addActivity(user, workshop.id(), ActivityKind.IDEAS, cut(brief.question(), WorkshopCommand.MAX_TITLE),
                "", ActivityConfig.empty());
        return new Started(workshop.id(), "/workshops/" + workshop.id());
    }

    @Override
    public Optional<Gathered> gathered(long organisationId, long id) {
        return workshops.findByIdAndOrganisationId(id, organisationId).map(workshop -> {
            Snapshot snapshot = log.snapshot(id, "input-channel", true);
            long count = 0;
            for (ActivityView view : snapshot.activities()) {
                count += view.activity().kind().hasItems() ? visible(view).size() : view.respondents();
            }
            List<String> latest = snapshot.activities().stream().flatMap(v -> visible(v).stream())
                    .sorted(Comparator.comparingLong(ActivityView.ItemView::seq).reversed())
                    .limit(LATEST).map(ActivityView.ItemView::text).toList();
            return new Gathered(workshop.title(), "/workshops/" + id, count, latest);
        });
    }

    private static List<ActivityView.ItemView> visible(ActivityView view) {
        return view.items().stream().filter(i -> !i.hidden() && i.mergedInto() == 0).toList();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
