package se.samrad.workshop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.goals.GoalElement;
import se.samrad.goals.evidence.RelevanceInbox;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends a relevance scoring's agreed levels to a relevance round (issue 19), through {@link RelevanceInbox}: the
 * facilitator picks a unit of an open round they answer for, and the levels become that unit's relevance for the
 * targets. Whoever may run the workshop sees the page; the inbox decides which rounds they may send to.
 */
@Controller("/workshops/{id}/activities/{activityId}/relevance")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
class RelevanceScoringController {

    private final WorkshopService workshops;
    private final WorkshopPages pages;
    private final EventLog log;
    private final Views views;
    @Nullable
    private final RelevanceInbox inbox;

    RelevanceScoringController(WorkshopService workshops, WorkshopPages pages, EventLog log, Views views,
                               @Nullable RelevanceInbox inbox) {
        this.workshops = workshops;
        this.pages = pages;
        this.log = log;
        this.views = views;
        this.inbox = inbox;
    }

    @Get
    @Consumes(MediaType.ALL)
    HttpResponse<String> page(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                              @PathVariable long activityId) {
        return render(request, HttpStatus.OK, CurrentUser.of(auth), id, activityId, new FormErrors(), "");
    }

    @Post
    HttpResponse<?> send(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                         @PathVariable long activityId, @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Scored scored = scored(user, id, activityId);
        String destination = Forms.value(form, "destination");
        FormErrors errors = new FormErrors();
        List<RelevanceInbox.Agreed> agreed = agreed(scored);
        if (destination == null || destination.isBlank()) {
            errors.add("destination", "workshop.relevance.error.destination");
        } else if (agreed.isEmpty()) {
            errors.add("destination", "workshop.relevance.error.none-agreed");
        } else if (inbox == null) {
            errors.add("destination", "workshop.relevance.error.destination");
        } else {
            try {
                int count = inbox.receive(user, destination, agreed, scored.workshop().title() + " – "
                        + scored.view().activity().title(), "/workshops/" + id + "/report");
                return HttpResponse.seeOther(URI.create("/workshops/" + id + "/activities/" + activityId
                        + "/relevance?sent=" + count));
            } catch (InvalidRequestException e) {
                errors.add("destination", e.messageKey());
            }
        }
        return render(request, HttpStatus.UNPROCESSABLE_ENTITY, user, id, activityId, errors,
                destination == null ? "" : destination);
    }

    private record Scored(Workshop workshop, ActivityView view, List<GoalElement> targets) {
    }

    private Scored scored(CurrentUser user, long id, long activityId) {
        Workshop workshop = workshops.runnable(user, id);
        Activity activity = workshops.activity(workshop, activityId);
        if (activity.kind() != ActivityKind.RELEVANCE) {
            throw new NotFoundException("activity");
        }
        ActivityView view = log.snapshot(id, "a" + user.accountId(), true).activity(activityId);
        return new Scored(workshop, view, pages.elements(workshop, view.config().targetList()));
    }

    private static List<RelevanceInbox.Agreed> agreed(Scored scored) {
        List<RelevanceInbox.Agreed> agreed = new ArrayList<>();
        List<Long> ids = scored.view().config().targetList();
        for (RelevanceScoring.Line line : scored.view().scoring().lines()) {
            if (line.agreed() != null && line.index() < ids.size()) {
                agreed.add(new RelevanceInbox.Agreed(ids.get(line.index()), line.agreed()));
            }
        }
        return agreed;
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, CurrentUser user, long id,
                                        long activityId, FormErrors errors, String destination) {
        Scored scored = scored(user, id, activityId);
        Map<String, Object> model = new HashMap<>();
        model.put("workshop", scored.workshop());
        model.put("a", scored.view());
        model.put("targets", scored.targets());
        List<List<String>> options = new ArrayList<>();
        if (inbox != null) {
            inbox.destinations(user).forEach(d -> options.add(List.of(d.id(), d.label())));
        }
        model.put("destinations", options);
        model.put("destination", destination);
        model.put("errors", errors);
        model.put("sent", request.getParameters().get("sent", String.class, ""));
        return views.page(request, status, "workshop/relevance-send", model);
    }
}
