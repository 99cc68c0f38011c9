package se.samrad.workshop;

import se.samrad.platform.web.QrCodes;
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
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.TargetPicker;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facilitator's pages: the organisation's workshops, creating one, and running it (agenda, live results,
 * moderation, co-facilitators, join code and QR), plus the presenter view for the big screen. Organisation
 * admins and the workshop's facilitators only ({@link WorkshopPermissions}); another organisation's
 * workshop is a 404.
 */
@Controller("/workshops")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
class FacilitatorController {

    private final WorkshopService workshops;
    private final ParticipantService participants;
    private final EventLog log;
    private final WorkshopPages pages;
    private final TargetPicker picker;
    private final GoalCatalogue catalogue;
    private final Views views;
    private final WorkshopPermissions permissions;
    private final FormBinder binder;

    FacilitatorController(WorkshopService workshops, ParticipantService participants, EventLog log,
                          WorkshopPages pages, TargetPicker picker, GoalCatalogue catalogue, Views views,
                          WorkshopPermissions permissions, FormBinder binder) {
        this.workshops = workshops;
        this.binder = binder;
        this.permissions = permissions;
        this.participants = participants;
        this.log = log;
        this.pages = pages;
        this.picker = picker;
        this.catalogue = catalogue;
        this.views = views;
    }

    /** The organisation's workshops and the form for a new one. */
    @Get
    @Consumes(MediaType.ALL)
    HttpResponse<String> index(HttpRequest<?> request, Authentication auth) {
        return renderIndex(request, HttpStatus.OK, CurrentUser.of(auth), new FormErrors(), Map.of("anonymous", "on"));
    }

    /** Creates a workshop with its join code; the creator is its first facilitator. */
    @Post
    HttpResponse<?> create(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        FormBinder.Bound<WorkshopCommand> bound = binder.bind(form, WorkshopCommand.class);
        WorkshopCommand command = bound.command();
        if (!bound.valid()) {
            return renderIndex(request, HttpStatus.UNPROCESSABLE_ENTITY, user, bound.errors(), command.typed());
        }
        Workshop workshop = workshops.create(user, command.title(),
                command.description() == null ? "" : command.description(), command.anonymous());
        return HttpResponse.seeOther(URI.create("/workshops/" + workshop.id()));
    }

    /** The running page: join details, agenda with live results and moderation, people. */
    @Get("/{id}")
    @Consumes(MediaType.ALL)
    HttpResponse<String> run(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        return renderRun(request, HttpStatus.OK, CurrentUser.of(auth), id, ActivityForm.empty(), new FormErrors(), false,
                null);
    }

    /** The live part of the running page, which the page's script re-reads when events arrive. */
    @Get("/{id}/part")
    @Consumes(MediaType.ALL)
    HttpResponse<String> part(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        Workshop workshop = workshops.runnable(user, id);
        Map<String, Object> model = runModel(request, user, workshop);
        return HttpResponse.ok(views.render(request, "workshop/run-part", model)).contentType(Views.HTML);
    }

    /** Presenter view for the big screen: high contrast, large type, the current activity and the join code. */
    @Get("/{id}/present")
    @Consumes(MediaType.ALL)
    HttpResponse<String> present(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        Workshop workshop = workshops.runnable(user, id);
        return views.page(request, "workshop/present", presentModel(request, user, workshop));
    }

    @Get("/{id}/present/part")
    @Consumes(MediaType.ALL)
    HttpResponse<String> presentPart(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        Workshop workshop = workshops.runnable(user, id);
        return HttpResponse.ok(views.render(request, "workshop/present-part", presentModel(request, user, workshop)))
                .contentType(Views.HTML);
    }

    /** The join link as a QR code. */
    @Get("/{id}/qr.svg")
    @Produces("image/svg+xml")
    @Consumes(MediaType.ALL)
    HttpResponse<String> qr(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        Workshop workshop = workshops.runnable(CurrentUser.of(auth), id);
        String joinUrl = pages.joinUrl(request, workshop);
        return HttpResponse.ok(QrCodes.svg(joinUrl, joinUrl));
    }

    /** Adds an activity to the agenda (before or during the session). */
    @Post("/{id}/activities")
    HttpResponse<?> addActivity(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        ActivityForm activity = ActivityForm.of(form);
        boolean search = TargetPicker.isSearch(form, ActivityForm.PICKER);
        FormErrors errors = search ? new FormErrors() : activity.errors();
        if (!search && errors.isEmpty()) {
            try {
                Activity added = workshops.addActivity(user, id, activity.activityKind(), activity.title(),
                        activity.prompt(), activity.config());
                return HttpResponse.seeOther(URI.create("/workshops/" + id + "?done=added#activity-" + added.id()));
            } catch (InvalidRequestException e) {
                errors.add(activity.activityKind() == ActivityKind.SDG_MATRIX
                        || activity.activityKind() == ActivityKind.RELEVANCE ? ActivityForm.PICKER : "kind",
                        e.messageKey());
            }
        }
        return renderRun(request, search ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY, user, id, activity, errors,
                search, Forms.value(form, ActivityForm.PICKER + TargetPicker.QUERY_SUFFIX));
    }

    /** A facilitator's action on the live session; a refused action comes back as a message on the page. */
    @Post("/{id}/control")
    HttpResponse<?> control(Authentication auth, @PathVariable long id, @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Controls.Action action = Controls.parse(form);
        String anchor = action.activityId() == null ? "" : "#activity-" + action.activityId();
        try {
            if (action.type() == EventType.GROUPS) {
                workshops.splitGroups(user, id, action.activityId(), Forms.value(form, "mode"),
                        count(Forms.value(form, "count")),
                        Controls.groupList(form), participants.list(id));
            } else {
                workshops.control(user, id, action.type(), action.activityId(), action.data());
            }
            return HttpResponse.seeOther(URI.create("/workshops/" + id + anchor));
        } catch (InvalidRequestException e) {
            return HttpResponse.seeOther(URI.create("/workshops/" + id + "?problem=" + e.messageKey() + anchor));
        }
    }

    @Post("/{id}/facilitators")
    HttpResponse<?> addFacilitator(Authentication auth, @PathVariable long id, @Body Map<String, Object> form) {
        long account = binder.bind(form, FacilitatorCommand.class).command().accountId();
        try {
            workshops.addFacilitator(CurrentUser.of(auth), id, account);
            return HttpResponse.seeOther(URI.create("/workshops/" + id + "?done=facilitator#people"));
        } catch (InvalidRequestException e) {
            return HttpResponse.seeOther(URI.create("/workshops/" + id + "?problem=" + e.messageKey() + "#people"));
        }
    }

    @Post("/{id}/facilitators/{account}/delete")
    HttpResponse<?> removeFacilitator(Authentication auth, @PathVariable long id, @PathVariable long account) {
        try {
            workshops.removeFacilitator(CurrentUser.of(auth), id, account);
            return HttpResponse.seeOther(URI.create("/workshops/" + id + "#people"));
        } catch (InvalidRequestException e) {
            return HttpResponse.seeOther(URI.create("/workshops/" + id + "?problem=" + e.messageKey() + "#people"));
        }
    }

    private static int count(String value) {
        Integer n = value == null ? null : ActivityForm.number(value);
        return n == null ? 0 : n;
    }

    private HttpResponse<String> renderIndex(HttpRequest<?> request, HttpStatus status, CurrentUser user,
                                             FormErrors errors, Map<String, String> typed) {
        Map<String, Object> model = new HashMap<>();
        model.put("workshops", workshops.list(user));
        model.put("canCreate", permissions.canCreate(user));
        model.put("errors", errors);
        model.put("typed", typed);
        return views.page(request, status, "workshop/index", model);
    }

    private HttpResponse<String> renderRun(HttpRequest<?> request, HttpStatus status, CurrentUser user, long id,
                                           ActivityForm form, FormErrors errors, boolean focusPicker, String query) {
        Workshop workshop = workshops.runnable(user, id);
        Map<String, Object> model = runModel(request, user, workshop);
        String lang = views.language(request).code();
        model.put("form", form);
        model.put("errors", errors);
        model.put("focusPicker", focusPicker);
        model.put("picker", picker.model(ActivityForm.PICKER, lang, List.of(catalogue.agenda2030()),
                form.targets(), query));
        model.put("facilitators", workshops.facilitators(workshop));
        model.put("candidates", workshops.candidates(workshop));
        model.put("joinUrl", pages.joinUrl(request, workshop));
        model.put("done", request.getParameters().get("done", String.class, ""));
        model.put("problem", request.getParameters().get("problem", String.class, ""));
        return views.page(request, status, "workshop/run", model);
    }

    private Map<String, Object> runModel(HttpRequest<?> request, CurrentUser user, Workshop workshop) {
        Snapshot snapshot = log.snapshot(workshop.id(), "a" + user.accountId(), true);
        Map<String, Object> model = pages.live(workshop, snapshot);
        model.put("participants", participants.list(workshop.id()));
        model.put("removed", log.read(workshop.id(), s -> new java.util.HashSet<>(s.removed)));
        model.put("tags", pages.tags(workshop));
        model.put("screen", log.read(workshop.id(), Presenter::of));
        return model;
    }

    /** The big screen shows what participants see: hidden items stay hidden, results only once revealed. */
    private Map<String, Object> presentModel(HttpRequest<?> request, CurrentUser user, Workshop workshop) {
        Snapshot snapshot = log.snapshot(workshop.id(), "presenter", false);
        Map<String, Object> model = pages.live(workshop, snapshot);
        model.put("presenter", true);
        model.put("screen", log.read(workshop.id(), Presenter::of));
        model.put("joinUrl", pages.joinUrl(request, workshop));
        return model;
    }
}
