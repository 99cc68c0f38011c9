package se.samrad.dialogue;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.goals.DecisionFeedbackSource;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.input.InputSubject;
import se.samrad.platform.participation.ParticipationEvents;
import se.samrad.platform.security.RateLimiter;
import se.samrad.platform.security.SecureTokens;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.PublicUrl;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What residents see, without an account, at a dialogue's public link {@code /d/<key>}: the introduction and
 * consent, then one page per section, and thanks. Works without JavaScript. The private link
 * {@code /d/<key>/r/<token>} continues a response later. Pages are never cached (they hold the private token).
 */
@Controller("/d/{key}")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(Views.HTML_VALUE)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
class ResidentController {

    /** The honeypot: a field people never see or fill in, but form-filling robots do. */
    static final String HONEYPOT = "website";

    private final Dialogues dialogues;
    private final Participation participation;
    private final ResidentViews residentViews;
    private final Views views;
    private final RateLimiter limiter;
    private final PublicUrl publicUrl;
    private final ParticipationEvents events;
    private final Clock clock;
    private final int perMinute;
    private final List<DecisionFeedbackSource> decisions;
    private final List<InputSubject> subjects;

    ResidentController(Dialogues dialogues, Participation participation, ResidentViews residentViews, Views views,
                       RateLimiter limiter, PublicUrl publicUrl, ParticipationEvents events, Clock clock,
                       @Value("${samrad.rate-limit.dialogue-per-minute:120}") int perMinute,
                       List<DecisionFeedbackSource> decisions, List<InputSubject> subjects) {
        this.decisions = decisions;
        this.subjects = subjects;
        this.dialogues = dialogues;
        this.participation = participation;
        this.residentViews = residentViews;
        this.views = views;
        this.limiter = limiter;
        this.publicUrl = publicUrl;
        this.events = events;
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** The dialogue's introduction, or a page saying it is not open yet, closed or unknown. */
    @Get
    @Consumes(MediaType.ALL)
    HttpResponse<String> landing(HttpRequest<?> request, @PathVariable String key) {
        Dialogue dialogue = dialogues.published(key);
        String invitation = ParticipationEvents.token(request.getParameters().get("invitation"));
        return landingPage(request, dialogue, HttpStatus.OK, new FormErrors(),
                invitation == null || dialogue.anonymous() ? Map.of() : Map.of("invitation", invitation));
    }

    /** Starts answering: checks consent and, for closed panels, the participation code. */
    @Post("/start")
    HttpResponse<?> start(HttpRequest<?> request, @PathVariable String key, @Body Map<String, Object> form) {
        limit(request);
        Dialogue dialogue = dialogues.published(key);
        String lang = views.language(request).code();
        if (dialogue.availability(clock.instant()) != Dialogue.Availability.OPEN) {
            return landingPage(request, dialogue, HttpStatus.CONFLICT, new FormErrors(), Map.of());
        }
        String token = Forms.value(form, "attempt");
        if (isRobot(form) || token == null || token.length() < 32 || token.length() > 64) {
            return HttpResponse.seeOther(URI.create("/d/" + key));
        }
        FormErrors errors = new FormErrors();
        if (needsConsent(dialogue) && !"yes".equals(Forms.value(form, "consent"))) {
            errors.add("consent", "dialogue.error.consent");
        }
        String code = Forms.value(form, "code");
        String name = trimmed(Forms.value(form, "name"));
        String email = trimmed(Forms.value(form, "email"));
        if (name != null && name.length() > 200) {
            errors.add("name", "form.error.too-long");
        }
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            errors.add("email", "dialogue.error.email");
        }
        if (errors.isEmpty()) {
            try {
                Participation.Progress started = participation.start(dialogue, token, lang, code,
                        name == null && email == null ? null : new Contact(name, email));
                if (!dialogue.anonymous()) {
                    events.started(Forms.value(form, "invitation"), subject(started));
                }
                return noStore(HttpResponse.seeOther(URI.create(privatePath(key, token) + "/1")));
            } catch (InvalidRequestException e) {
                errors.add("code", e.messageKey());
            }
        }
        return landingPage(request, dialogue, HttpStatus.UNPROCESSABLE_ENTITY, errors, Map.of("code",
                code == null ? "" : code, "attempt", token, "name", name == null ? "" : name, "email",
                email == null ? "" : email, "invitation",
                dialogue.anonymous() ? "" : java.util.Objects.requireNonNullElse(
                        ParticipationEvents.token(Forms.value(form, "invitation")), "")));
    }

    /** The private link: goes on where the resident left off. */
    @Get("/r/{token}")
    @Consumes(MediaType.ALL)
    HttpResponse<?> resume(@PathVariable String key, @PathVariable String token) {
        Participation.Progress progress = progress(key, token);
        if (progress.submitted()) {
            return noStore(HttpResponse.seeOther(URI.create(privatePath(key, token) + "/done")));
        }
        int page = whereLeftOff(progress);
        return noStore(HttpResponse.seeOther(URI.create(privatePath(key, token) + "/" + page)));
    }

    @Get("/r/{token}/{page:[0-9]+}")
    @Consumes(MediaType.ALL)
    HttpResponse<?> page(HttpRequest<?> request, @PathVariable String key, @PathVariable String token,
                         @PathVariable int page) {
        Participation.Progress progress = progress(key, token);
        if (progress.submitted()) {
            return noStore(HttpResponse.seeOther(URI.create(privatePath(key, token) + "/done")));
        }
        if (page < 1 || page > progress.pages().size()) {
            return noStore(HttpResponse.seeOther(URI.create(privatePath(key, token) + "/1")));
        }
        return pageView(request, progress, token, page, progress.answers(), new FormErrors(), HttpStatus.OK);
    }

    /** A page's answers: back, next, save for later, or (on the last page) send. */
    @Post("/r/{token}/{page:[0-9]+}")
    HttpResponse<?> answer(HttpRequest<?> request, @PathVariable String key, @PathVariable String token,
                           @PathVariable int page, @Body Map<String, Object> form) {
        limit(request);
        Participation.Progress progress = progress(key, token);
        if (isRobot(form)) {
            return noStore(HttpResponse.seeOther(URI.create(privatePath(key, token) + "/done")));
        }
        String action = Forms.value(form, "action");
        boolean back = "back".equals(action);
        boolean later = "later".equals(action);
        if (progress.dialogue().availability(clock.instant()) != Dialogue.Availability.OPEN && !progress.submitted()) {
            return landingPage(request, progress.dialogue(), HttpStatus.CONFLICT, new FormErrors(), Map.of());
        }
        Participation.PageResult result = participation.answerPage(progress, page, form,
                later ? Participation.Move.LATER : back ? Participation.Move.BACK : Participation.Move.NEXT,
                views.language(request).code());
        if (result.submitted()) {
            if (!progress.submitted() && !progress.dialogue().anonymous()) {
                events.completed(subject(progress));
            }
            return noStore(HttpResponse.seeOther(URI.create(privatePath(key, token) + "/done")));
        }
        if (later) {
            return noStore(HttpResponse.seeOther(URI.create(privatePath(key, token) + "/saved")));
        }
        if (!result.errors().isEmpty()) {
            return pageView(request, result.progress(), token, result.next(), result.shown(), result.errors(),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return noStore(HttpResponse.seeOther(URI.create(privatePath(key, token) + "/" + result.next())));
    }

    /** The private link to continue later, to copy or bookmark. */
    @Get("/r/{token}/saved")
    @Consumes(MediaType.ALL)
    HttpResponse<?> saved(HttpRequest<?> request, @PathVariable String key, @PathVariable String token) {
        Participation.Progress progress = progress(key, token);
        Map<String, Object> model = base(progress.dialogue(), request);
        model.put("privateLink", publicUrl.of(request, privatePath(key, token)));
        model.put("continuePath", privatePath(key, token));
        return noStore(views.page(request, "dialogue/public/saved", model));
    }

    @Get("/r/{token}/done")
    @Consumes(MediaType.ALL)
    HttpResponse<?> done(HttpRequest<?> request, @PathVariable String key, @PathVariable String token) {
        Participation.Progress progress = progress(key, token);
        if (!progress.submitted()) {
            return noStore(HttpResponse.seeOther(URI.create(privatePath(key, token))));
        }
        return noStore(views.page(request, "dialogue/public/done",
                withDecisions(base(progress.dialogue(), request), progress.dialogue())));
    }

    /** "What we heard": the organiser's summary, once published. */
    @Get("/summary")
    @Consumes(MediaType.ALL)
    HttpResponse<?> summary(HttpRequest<?> request, @PathVariable String key) {
        Dialogue dialogue = dialogues.published(key);
        if (!dialogue.summaryPublished()) {
            throw new NotFoundException("summary");
        }
        return views.page(request, "dialogue/public/summary", withDecisions(base(dialogue, request), dialogue));
    }

    private HttpResponse<String> landingPage(HttpRequest<?> request, Dialogue dialogue, HttpStatus status,
                                             FormErrors errors, Map<String, Object> typed) {
        Map<String, Object> model = base(dialogue, request);
        Dialogue.Availability availability = dialogue.availability(clock.instant());
        model.put("availability", availability.name());
        withDecisions(model, dialogue);
        model.put("errors", errors);
        model.put("needsConsent", needsConsent(dialogue));
        model.put("code", typed.getOrDefault("code", ""));
        model.put("name", typed.getOrDefault("name", ""));
        model.put("email", typed.getOrDefault("email", ""));
        model.put("attempt", typed.getOrDefault("attempt", SecureTokens.newToken()));
        model.put("invitation", typed.getOrDefault("invitation", ""));
        // what the dialogue was started on (an indicator's chart), in the reader's language
        model.put("attached", subjects.stream().flatMap(s -> s.attached(dialogue.organisationId(),
                DialogueInputChannel.KIND, dialogue.id(), views.language(request)).stream()).toList());
        model.put("questionCount", dialogue.questionnaire().questions().size());
        model.put("pageCount", dialogue.questionnaire().sections().size());
        return noStore(views.page(request, status, "dialogue/public/landing", model));
    }

    private HttpResponse<String> pageView(HttpRequest<?> request, Participation.Progress progress, String token,
                                          int page, Answers answers, FormErrors errors, HttpStatus status) {
        Dialogue dialogue = progress.dialogue();
        List<Section> pages = progress.questionnaire().visibleSections(answers);
        int number = Math.min(Math.max(page, 1), pages.size());
        Map<String, Object> model = base(dialogue, request);
        model.put("page", residentViews.page(dialogue, pages.get(number - 1), answers, errors,
                views.language(request).code()));
        model.put("pageNumber", number);
        model.put("pageCount", number == pages.size() ? number
                : Math.max(number, progress.questionnaire().pagesInPlay(answers, pages.get(number - 1))));
        model.put("last", number == pages.size());
        model.put("errors", errors);
        model.put("action", privatePath(dialogue.publicKey(), token) + "/" + number);
        return noStore(views.page(request, status, "dialogue/public/page", model));
    }

    private Map<String, Object> base(Dialogue dialogue, HttpRequest<?> request) {
        String lang = views.language(request).code();
        Map<String, Object> model = new HashMap<>();
        model.put("dialogue", dialogue);
        model.put("title", dialogue.title(lang));
        model.put("offered", dialogue.languages().contains(lang));
        model.put("contentLanguage", dialogue.contentLanguage(lang));
        return model;
    }

    /** "What we decided": the feedback pages of recorded decisions this dialogue informed. */
    private Map<String, Object> withDecisions(Map<String, Object> model, Dialogue dialogue) {
        List<DecisionFeedbackSource.FeedbackLink> links = new java.util.ArrayList<>();
        decisions.forEach(d -> links.addAll(d.feedbackFor(dialogue.organisationId(), DecisionFeedbackSource.DIALOGUE,
                dialogue.id())));
        model.put("decisions", links);
        return model;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean needsConsent(Dialogue dialogue) {
        return dialogue.texts().privacy().values().stream().anyMatch(v -> !v.isBlank());
    }

    /**
     * Where the resident left off: the page they were on when they last saved; for a draft from before that was
     * kept, the last page with any answer on it, or the first.
     */
    private static int whereLeftOff(Participation.Progress progress) {
        if (progress.pageLeftAt() > 0) {
            return progress.pageLeftAt();
        }
        List<Section> pages = progress.pages();
        int page = 1;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).questions().stream().anyMatch(q -> progress.answers().has(q.key()))) {
                page = i + 1;
            }
        }
        return page;
    }

    private Participation.Progress progress(String key, String token) {
        Dialogue dialogue = dialogues.published(key);
        return participation.resume(dialogue, token).orElseThrow(() -> new NotFoundException("response"));
    }

    private void limit(HttpRequest<?> request) {
        limiter.require("dialogue", request, perMinute);
    }

    private static boolean isRobot(Map<String, Object> form) {
        String trap = Forms.value(form, HONEYPOT);
        return trap != null && !trap.isEmpty();
    }

    /** What an invitation link led to, for the stakeholder register's timeline (never for anonymous dialogues). */
    private static String subject(Participation.Progress progress) {
        return "dialogue-response:" + progress.response().id();
    }

    static String privatePath(String key, String token) {
        return "/d/" + key + "/r/" + token;
    }

    private static <T> MutableHttpResponse<T> noStore(MutableHttpResponse<T> response) {
        return response.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer");
    }
}
