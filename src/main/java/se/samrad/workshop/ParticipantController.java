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
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.security.RateLimiter;
import se.samrad.platform.security.TooManyRequestsException;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The participants' pages, without an account: enter a code at {@code /w}, join at {@code /w/<code>} with a
 * display name (or none, where the workshop allows), then take part. Every input is an ordinary form that
 * works without JavaScript; the page's script sends the same inputs over the live channel instead and keeps
 * the page current.
 */
@Controller("/w")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(Views.HTML_VALUE)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
class ParticipantController {

    private final WorkshopService workshops;
    private final ParticipantService participants;
    private final Viewers viewers;
    private final EventLog log;
    private final WorkshopPages pages;
    private final RateLimiter limiter;
    private final Views views;
    private final int joinsPerMinute;
    private final FormBinder binder;

    private final java.util.List<se.samrad.goals.DecisionFeedbackSource> decisions;

    ParticipantController(WorkshopService workshops, ParticipantService participants, Viewers viewers, EventLog log,
                          WorkshopPages pages, RateLimiter limiter, Views views, FormBinder binder,
                          @io.micronaut.context.annotation.Value("${samrad.workshop.joins-per-minute:60}") int joinsPerMinute,
                          java.util.List<se.samrad.goals.DecisionFeedbackSource> decisions) {
        this.decisions = decisions;
        this.joinsPerMinute = joinsPerMinute;
        this.binder = binder;
        this.workshops = workshops;
        this.participants = participants;
        this.viewers = viewers;
        this.log = log;
        this.pages = pages;
        this.limiter = limiter;
        this.views = views;
    }

    /** Where a participant types the code shown by the facilitator. */
    @Get
    @Consumes(MediaType.ALL)
    HttpResponse<String> enter(HttpRequest<?> request) {
        return views.page(request, "workshop/enter", Map.of("errors", new FormErrors(), "code", ""));
    }

    @Post
    HttpResponse<?> go(HttpRequest<?> request, @Body Map<String, Object> form) {
        limit(request);
        FormBinder.Bound<JoinCodeCommand> bound = binder.bind(form, JoinCodeCommand.class);
        if (!bound.valid()) {
            String typed = bound.command().code();
            return views.page(request, HttpStatus.UNPROCESSABLE_ENTITY, "workshop/enter",
                    Map.of("errors", bound.errors(), "code", typed == null ? "" : typed));
        }
        return HttpResponse.seeOther(URI.create("/w/" + bound.command().normalised()));
    }

    /** The join form, or the live page for someone who has joined. */
    @Get("/{code}")
    @Consumes(MediaType.ALL)
    HttpResponse<String> page(HttpRequest<?> request, @PathVariable String code) {
        Workshop workshop = workshop(request, code);
        Optional<Viewers.Viewer> viewer = viewers.of(request, workshop).filter(v -> v.participant() != null);
        if (viewer.isEmpty()) {
            return join(request, HttpStatus.OK, workshop, new FormErrors(), "",
                    request.getParameters().get("invitation"));
        }
        return live(request, HttpStatus.OK, viewer.get(), Map.of());
    }

    /** Joins: a participant token in a cookie scoped to this workshop's address. */
    @Post("/{code}/join")
    HttpResponse<?> doJoin(HttpRequest<?> request, @PathVariable String code, @Body Map<String, Object> form) {
        limit(request);
        Workshop workshop = workshop(request, code);
        String name = Forms.value(form, "name");
        try {
            ParticipantService.Joined joined = participants.join(workshop, name, Forms.value(form, "invitation"));
            Cookie cookie = viewers.cookie(workshop, joined.token());
            return HttpResponse.seeOther(URI.create("/w/" + workshop.code())).cookie(cookie);
        } catch (InvalidRequestException e) {
            return join(request, HttpStatus.UNPROCESSABLE_ENTITY, workshop, new FormErrors().add("name", e.messageKey()),
                    name == null ? "" : name, Forms.value(form, "invitation"));
        }
    }

    /** An input sent as a form; a refused input re-renders the page with what was typed and why. */
    @Post("/{code}/input")
    HttpResponse<?> input(HttpRequest<?> request, @PathVariable String code, @Body Map<String, Object> form) {
        Workshop workshop = workshop(request, code);
        Viewers.Viewer viewer = viewers.of(request, workshop).filter(v -> v.participant() != null)
                .orElseThrow(() -> new NotFoundException("participant"));
        String activity = Forms.value(form, "activity");
        try {
            for (FormInput.Input input : FormInput.parse(form)) {
                participants.submit(viewer.participant(), input.clientId(), input.type(), input.activityId(),
                        input.data());
            }
            return HttpResponse.seeOther(URI.create("/w/" + workshop.code() + "?sent=" + activity + "#activity-" + activity));
        } catch (InvalidRequestException | NotFoundException | TooManyRequestsException e) {
            String key = e instanceof InvalidRequestException i ? i.messageKey()
                    : e instanceof TooManyRequestsException ? "workshop.error.too-fast" : "workshop.error.invalid";
            Map<String, Object> problem = new HashMap<>();
            problem.put("problemActivity", activity == null ? "" : activity);
            problem.put("problem", key);
            problem.put("typedText", Optional.ofNullable(Forms.value(form, "text")).orElse(""));
            return live(request, HttpStatus.UNPROCESSABLE_ENTITY, viewer, problem);
        }
    }

    /** The live part of the participant's page, which the page's script re-reads when events arrive. */
    @Get("/{code}/part")
    @Consumes(MediaType.ALL)
    HttpResponse<String> part(HttpRequest<?> request, @PathVariable String code) {
        Workshop workshop = workshop(request, code);
        Viewers.Viewer viewer = viewers.of(request, workshop).filter(v -> v.participant() != null)
                .orElseThrow(() -> new NotFoundException("participant"));
        return HttpResponse.ok(views.render(request, "workshop/live-part", liveModel(viewer, Map.of())))
                .contentType(Views.HTML);
    }

    private Workshop workshop(HttpRequest<?> request, String code) {
        return workshops.byCode(code);
    }

    private void limit(HttpRequest<?> request) {
        limiter.require("workshop-join", request, joinsPerMinute);
    }

    private HttpResponse<String> join(HttpRequest<?> request, HttpStatus status, Workshop workshop, FormErrors errors,
                                      String name, String invitation) {
        Map<String, Object> model = new HashMap<>();
        model.put("invitation", java.util.Objects.requireNonNullElse(
                se.samrad.platform.participation.ParticipationEvents.token(invitation), ""));
        model.put("workshop", workshop);
        model.put("errors", errors);
        model.put("name", name);
        model.put("decisions", decisions(workshop));
        return views.page(request, status, "workshop/join", model);
    }

    private HttpResponse<String> live(HttpRequest<?> request, HttpStatus status, Viewers.Viewer viewer,
                                      Map<String, Object> extra) {
        Map<String, Object> model = liveModel(viewer, extra);
        model.put("sent", request.getParameters().get("sent", String.class, ""));
        return views.page(request, status, "workshop/live", model);
    }

    private Map<String, Object> liveModel(Viewers.Viewer viewer, Map<String, Object> extra) {
        Snapshot snapshot = log.snapshot(viewer.workshop().id(), viewer.id(), false);
        Map<String, Object> model = pages.live(viewer.workshop(), snapshot);
        model.put("participant", viewer.participant());
        model.put("me", viewer.id());
        model.put("formId", UUID.randomUUID().toString());
        model.put("decisions", decisions(viewer.workshop()));
        model.put("problem", "");
        model.put("problemActivity", "");
        model.put("typedText", "");
        model.putAll(extra);
        return model;
    }

    /** "What we decided", once the workshop has ended: the feedback pages of decisions it informed. */
    private java.util.List<se.samrad.goals.DecisionFeedbackSource.FeedbackLink> decisions(Workshop workshop) {
        if (!workshop.isEnded()) {
            return java.util.List.of();
        }
        return decisions.stream().flatMap(d -> d.feedbackFor(workshop.organisationId(),
                se.samrad.goals.DecisionFeedbackSource.WORKSHOP, workshop.id()).stream()).toList();
    }
}
