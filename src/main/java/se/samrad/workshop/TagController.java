package se.samrad.workshop;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.TargetPicker;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tagging an activity, or one item it produced, with goal targets through the goal catalogue's picker, so
 * the workshop's output reaches target pages and assessments.
 */
@Controller("/workshops/{id}/activities/{activityId}/tags")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
class TagController {

    static final String PICKER = "tags";

    private final WorkshopService workshops;
    private final EventLog log;
    private final TargetPicker picker;
    private final GoalCatalogue catalogue;
    private final Views views;

    TagController(WorkshopService workshops, EventLog log, TargetPicker picker, GoalCatalogue catalogue, Views views) {
        this.workshops = workshops;
        this.log = log;
        this.picker = picker;
        this.catalogue = catalogue;
        this.views = views;
    }

    @Get
    @Consumes(MediaType.ALL)
    HttpResponse<String> form(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                              @PathVariable long activityId, @QueryValue(defaultValue = "0") long item) {
        CurrentUser user = CurrentUser.of(auth);
        Workshop workshop = workshops.runnable(user, id);
        Set<Long> current = workshops.tags(id).stream()
                .filter(t -> t.activityId() == activityId && t.itemSeq() == item)
                .map(TagRow::elementId).collect(Collectors.toSet());
        return render(request, HttpStatus.OK, user, workshop, activityId, item, current, null, new FormErrors());
    }

    /** Saves exactly the chosen targets; the picker's search button only filters. */
    @Post
    HttpResponse<?> save(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                         @PathVariable long activityId, @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Workshop workshop = workshops.runnable(user, id);
        Long item = Controls.number(Forms.value(form, "item"));
        long itemSeq = item == null ? 0 : item;
        Set<Long> chosen = TargetPicker.selected(form, PICKER);
        String query = Forms.value(form, PICKER + TargetPicker.QUERY_SUFFIX);
        FormErrors errors = new FormErrors();
        if (!TargetPicker.isSearch(form, PICKER)) {
            try {
                workshops.tag(user, id, activityId, itemSeq, chosen);
                return HttpResponse.seeOther(URI.create("/workshops/" + id + "#activity-" + activityId));
            } catch (InvalidRequestException e) {
                errors.add(PICKER, e.messageKey());
            }
        }
        return render(request, errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY, user, workshop,
                activityId, itemSeq, chosen, query, errors);
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, CurrentUser user, Workshop workshop,
                                        long activityId, long itemSeq, Collection<Long> chosen, String query,
                                        FormErrors errors) {
        Activity activity = workshops.activity(workshop, activityId);
        String itemText = "";
        if (itemSeq != 0) {
            itemText = log.read(workshop.id(), s -> s.activity(activityId).item(itemSeq).map(Item::getText)
                    .orElseThrow(() -> new NotFoundException("item")));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("workshop", workshop);
        model.put("activity", activity);
        model.put("itemSeq", itemSeq);
        model.put("itemText", itemText);
        model.put("errors", errors);
        model.put("picker", picker.model(PICKER, views.language(request).code(),
                catalogue.visibleTo(workshop.organisationId()), chosen, query));
        return views.page(request, status, "workshop/tags", model);
    }
}
