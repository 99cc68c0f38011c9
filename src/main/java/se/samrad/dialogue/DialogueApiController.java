package se.samrad.dialogue;

import io.micronaut.context.annotation.Value;
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
import io.micronaut.serde.annotation.Serdeable;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.RateLimiter;
import se.samrad.platform.web.Views;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dialogues as JSON. Staff read their organisation's dialogues and results (with the same filters as the
 * results page). Anyone may read an open dialogue's questions and send a complete response in one request
 * ({@code /api/v1/d/<key>}: kiosks, apps, answers typed in from paper), stored once per client id and
 * rate-limited per address.
 */
@Controller("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class DialogueApiController {

    @Serdeable
    record DialogueSummary(long id, String publicKey, DialogueState state, Map<String, String> titles,
                           List<String> languages, @Nullable Instant opensAt, @Nullable Instant closesAt,
                           int version, long respondents) {
    }

    @Serdeable
    record PublicDialogue(String key, Map<String, String> titles, Map<String, String> introductions,
                          List<String> languages, @Nullable Instant closesAt, boolean requiresCode,
                          Questionnaire questionnaire) {
    }

    /** A complete response: answers by question key (option keys, a scale value, a number or a text). */
    @Serdeable
    record ResponseRequest(String clientId, @Nullable String lang, Map<String, List<String>> answers,
                           @Nullable Map<String, String> other) {
    }

    @Serdeable
    record ResponseReceipt(long responseId, boolean stored) {
    }

    @Serdeable
    record ValidationProblem(String error, String message, Map<String, String> fields) {
    }

    private final Dialogues dialogues;
    private final Participation participation;
    private final Results results;
    private final ResultCounts counts;
    private final Views views;
    private final RateLimiter limiter;
    private final int perMinute;

    DialogueApiController(Dialogues dialogues, Participation participation, Results results, ResultCounts counts,
                          Views views, RateLimiter limiter,
                          @Value("${samrad.rate-limit.dialogue-per-minute:120}") int perMinute) {
        this.dialogues = dialogues;
        this.participation = participation;
        this.results = results;
        this.counts = counts;
        this.views = views;
        this.limiter = limiter;
        this.perMinute = perMinute;
    }

    /** The organisation's dialogues, newest first. */
    @Get("/dialogues")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.ALL)
    List<DialogueSummary> list(Authentication auth) {
        return dialogues.list(CurrentUser.of(auth)).stream().map(d -> new DialogueSummary(d.id(), d.publicKey(),
                d.state(), d.texts().title(), d.languages(), d.opensAt(), d.closesAt(), d.versionNumber(),
                counts.respondents(d.id(), ResultFilter.ALL))).toList();
    }

    /** Results per question and representativeness; {@code district, age, gender, home, answered} filter. */
    @Get("/dialogues/{id}/results")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.ALL)
    Results.Summary results(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        Dialogue dialogue = dialogues.get(CurrentUser.of(auth), id);
        return results.summarise(dialogue, ResultsController.filter(request), views.language(request).code());
    }

    /** An open dialogue's questions, in every language it is offered in. */
    @Get("/d/{key}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Consumes(MediaType.ALL)
    PublicDialogue dialogue(HttpRequest<?> request, @PathVariable String key) {
        limit(request);
        Dialogue dialogue = dialogues.published(key);
        return new PublicDialogue(dialogue.publicKey(), dialogue.texts().title(), dialogue.texts().introduction(),
                dialogue.languages(), dialogue.closesAt(), dialogue.requiresCode(), dialogue.questionnaire());
    }

    /** Sends a complete response. The same clientId again stores nothing and answers 200 with the first receipt. */
    @Post("/d/{key}/responses")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> respond(HttpRequest<?> request, @PathVariable String key, @Body ResponseRequest body) {
        limit(request);
        Dialogue dialogue = dialogues.published(key);
        Answers answers = new Answers(body.answers() == null ? Map.of() : body.answers(),
                body.other() == null ? Map.of() : body.other());
        String lang = body.lang() == null ? dialogue.ownLanguage() : body.lang();
        Participation.ApiSubmission submission = participation.submitComplete(dialogue, body.clientId(), lang, answers);
        if (!submission.errors().isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            submission.errors().getFields().forEach((field, messageKey) ->
                    fields.put(field.startsWith("q-") ? field.substring(2) : field, views.message(request, messageKey)));
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ValidationProblem(
                    "dialogue.error.answers", views.message(request, "dialogue.error.answers"), fields));
        }
        ResponseReceipt receipt = new ResponseReceipt(submission.responseId(), submission.stored());
        return submission.stored() ? HttpResponse.created(receipt) : HttpResponse.ok(receipt);
    }

    private void limit(HttpRequest<?> request) {
        limiter.require("dialogue", request, perMinute);
    }
}
