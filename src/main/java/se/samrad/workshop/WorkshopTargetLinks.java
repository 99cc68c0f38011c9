package se.samrad.workshop;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalElement;
import se.samrad.goals.TargetLinkSource;
import se.samrad.goals.Text;
import se.samrad.platform.security.CurrentUser;

import java.util.ArrayList;
import java.util.List;

/**
 * On a target's page, for the organisation's staff: workshop activities and items tagged with the target, and
 * SDG interaction matrices that include it.
 */
@Singleton
class WorkshopTargetLinks implements TargetLinkSource {

    private final TagRowRepository tags;
    private final WorkshopRepository workshops;
    private final ActivityRepository activities;
    private final EventLog log;

    WorkshopTargetLinks(TagRowRepository tags, WorkshopRepository workshops, ActivityRepository activities,
                        EventLog log) {
        this.tags = tags;
        this.workshops = workshops;
        this.activities = activities;
        this.log = log;
    }

    @Override
    public String headingKey() {
        return "workshop.links.heading";
    }

    @Override
    public List<TargetLink> linksTo(GoalElement target, @Nullable CurrentUser user, String lang) {
        if (user == null || user.organisationId() == null) {
            return List.of();
        }
        long organisationId = user.organisationId();
        List<TargetLink> links = new ArrayList<>();
        for (TagRow tag : tags.findByOrganisationIdAndElementId(organisationId, target.id())) {
            workshops.findByIdAndOrganisationId(tag.workshopId(), organisationId).ifPresent(workshop -> {
                Activity activity = activities.findById(tag.activityId()).orElse(null);
                if (activity == null) {
                    return;
                }
                String title = activity.title();
                if (tag.itemSeq() != 0) {
                    title = log.read(workshop.id(), s -> s.activity(activity.id()).item(tag.itemSeq())
                            .map(Item::getText).orElse(activity.title()));
                }
                links.add(new TargetLink(new Text(title, ""), "/workshops/" + workshop.id() + "/report",
                        new Text(workshop.title(), ""), new Text(tag.itemSeq() == 0 ? "" : activity.title(), "")));
            });
        }
        for (Activity matrix : activities.sdgMatrices(organisationId)) {
            if (log.config(matrix).targetList().contains(target.id())) {
                workshops.findById(matrix.workshopId()).ifPresent(workshop -> links.add(new TargetLink(
                        new Text(matrix.title(), ""), "/workshops/" + workshop.id() + "/report",
                        new Text(workshop.title(), ""), new Text("", ""))));
            }
        }
        return links;
    }
}
