package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.csv.Csv;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.Views;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dialogue's results for the organisation's staff: counts and charts per question filtered by group and
 * language, representativeness, free-text answers with search and moderation, and the raw answers as CSV and
 * XLSX. Everyone on the staff reads; facilitators and admins moderate and export.
 */
@Controller("/dialogues/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
class ResultsController {

    static final int TEXTS_PER_PAGE = 25;
    private static final MediaType XLSX =
            MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Dialogues dialogues;
    private final DialoguePermissions permissions;
    private final Results results;
    private final ResponseRepository responses;
    private final TextAnswerStore texts;
    private final TextModeration moderation;
    private final AnswerExport export;
    private final GoalCatalogue catalogue;
    private final AuditLog audit;
    private final Views views;
    private final FormBinder binder;

    ResultsController(Dialogues dialogues, DialoguePermissions permissions, Results results,
                      ResponseRepository responses, TextAnswerStore texts, TextModeration moderation,
                      AnswerExport export, GoalCatalogue catalogue, AuditLog audit, Views views, FormBinder binder) {
        this.binder = binder;
        this.dialogues = dialogues;
        this.permissions = permissions;
        this.results = results;
        this.responses = responses;
        this.texts = texts;
        this.moderation = moderation;
        this.export = export;
        this.catalogue = catalogue;
        this.audit = audit;
        this.views = views;
    }

    @Get("/results")
    @Consumes(MediaType.ALL)
    HttpResponse<String> results(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = dialogues.get(user, id);
        String lang = views.language(request).code();
        ResultFilter filter = filter(request);
        Map<String, Object> model = new HashMap<>();
        model.put("dialogue", dialogue);
        model.put("title", dialogue.title(lang));
        model.put("filter", filter);
        model.put("filters", filterChoices(dialogue, filter, lang));
        model.put("summary", results.summarise(dialogue, filter, lang));
        model.put("canEdit", permissions.canEdit(user));
        model.put("contacts", responses.contactCount(dialogue.id()));
        model.put("done", request.getParameters().get("done", String.class, ""));
        return views.page(request, "dialogue/results/results", model);
    }

    /** Free-text answers to one question, newest first, searchable; moderators see hidden ones too. */
    @Get("/results/texts/{question}")
    @Consumes(MediaType.ALL)
    HttpResponse<String> texts(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                               @PathVariable String question, @QueryValue(defaultValue = "") String q,
                               @QueryValue(defaultValue = "1") int page) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = dialogues.get(user, id);
        Question asked = results.allQuestions(dialogue).keySet().stream().filter(x -> x.key().equals(question))
                .findFirst().orElseThrow(() -> new NotFoundException("question"));
        String lang = views.language(request).code();
        ResultFilter filter = filter(request);
        int current = Math.max(1, page);
        boolean canEdit = permissions.canEdit(user);
        List<TextAnswer> answers = texts.texts(dialogue.id(), question, filter, q, canEdit,
                TEXTS_PER_PAGE + 1, (current - 1) * TEXTS_PER_PAGE);
        List<Map<String, Object>> shown = new ArrayList<>();
        for (TextAnswer answer : answers.subList(0, Math.min(TEXTS_PER_PAGE, answers.size()))) {
            shown.add(Map.of("answer", answer, "codes", String.join(", ", answer.targets().stream()
                    .map(t -> catalogue.element(t, dialogue.organisationId()).map(e -> e.code()).orElse("?")).toList())));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("dialogue", dialogue);
        model.put("question", dialogue.pick(asked.text(), lang));
        model.put("questionKey", question);
        model.put("answers", shown);
        model.put("q", q);
        model.put("page", current);
        model.put("hasNext", answers.size() > TEXTS_PER_PAGE);
        model.put("filterQuery", filter.query());
        model.put("canEdit", canEdit);
        model.put("done", request.getParameters().get("done", String.class, ""));
        model.put("problem", request.getParameters().get("problem", String.class, ""));
        return views.page(request, "dialogue/results/texts", model);
    }

    @Post("/results/answers/{answerId}/hide")
    HttpResponse<?> hide(Authentication auth, @PathVariable long id, @PathVariable long answerId,
                         @Body Map<String, Object> form) {
        moderation.setHidden(CurrentUser.of(auth), id, answerId, true);
        return back(id, binder.bind(form, ModerationCommand.class), "done-hidden", answerId);
    }

    @Post("/results/answers/{answerId}/restore")
    HttpResponse<?> restore(Authentication auth, @PathVariable long id, @PathVariable long answerId,
                            @Body Map<String, Object> form) {
        moderation.setHidden(CurrentUser.of(auth), id, answerId, false);
        return back(id, binder.bind(form, ModerationCommand.class), "done-restored", answerId);
    }

    @Post("/results/answers/{answerId}/targets")
    HttpResponse<?> tag(Authentication auth, @PathVariable long id, @PathVariable long answerId,
                        @Body Map<String, Object> form) {
        FormBinder.Bound<ModerationCommand> bound = binder.bind(form, ModerationCommand.class);
        try {
            moderation.tag(CurrentUser.of(auth), id, answerId, bound.command().codes());
            return back(id, bound, "done-tagged", answerId);
        } catch (InvalidRequestException e) {
            return back(id, bound, "problem:" + e.messageKey(), answerId);
        }
    }

    /** Back to the list the moderator came from (question, search, page), at the answer just changed. */
    private static HttpResponse<?> back(long id, FormBinder.Bound<ModerationCommand> bound, String outcome,
                                        long answerId) {
        ModerationCommand back = bound.command();
        if (back.question() == null || bound.errors().has("question")) {
            return HttpResponse.seeOther(URI.create("/dialogues/" + id + "/results"));
        }
        String status = outcome.startsWith("problem:") ? "problem=" + encode(outcome.substring(8)) : "done=" + outcome;
        return HttpResponse.seeOther(URI.create("/dialogues/" + id + "/results/texts/" + back.question() + "?"
                + status + (back.q() == null ? "" : "&q=" + encode(back.q()))
                + (back.page() == null || bound.errors().has("page") ? "" : "&page=" + back.page())
                + "#answer-" + answerId));
    }

    @Get("/export.csv")
    @Consumes(MediaType.ALL)
    HttpResponse<byte[]> csv(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        Dialogue dialogue = exportable(auth, id, "csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.csv(dialogue, out, views.message(request, "dialogue.results.other-text"));
        return download(out.toByteArray(), MediaType.of("text/csv;charset=utf-8"), fileName(dialogue, "csv"));
    }

    @Get("/export.xlsx")
    @Consumes(MediaType.ALL)
    HttpResponse<byte[]> xlsx(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        Dialogue dialogue = exportable(auth, id, "xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.xlsx(dialogue, out, views.message(request, "dialogue.results.other-text"),
                views.message(request, "dialogue.results.sheet"));
        return download(out.toByteArray(), XLSX, fileName(dialogue, "xlsx"));
    }

    /** Who asked for feedback, to send "what we heard" to; facilitators and admins only, audited. */
    @Get("/contacts.csv")
    @Consumes(MediaType.ALL)
    HttpResponse<byte[]> contacts(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        Dialogue dialogue = exportable(auth, id, "contacts");
        String csv = Csv.write(List.of("name", "email"), responses.contacts(dialogue.id()).stream()
                .map(c -> java.util.Arrays.asList(c.name(), c.email())).toList());
        return download(csv.getBytes(StandardCharsets.UTF_8), MediaType.of("text/csv;charset=utf-8"),
                "dialogue-" + dialogue.id() + "-contacts.csv");
    }

    /** Erases every contact detail of the dialogue (the answers stay), e.g. once feedback has gone out. */
    @Post("/contacts/erase")
    HttpResponse<?> eraseContacts(Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = dialogues.get(user, id);
        permissions.requireEditor(user);
        int erased = responses.eraseContacts(dialogue.id());
        audit.record(dialogue.organisationId(), user, AuditAction.DIALOGUE_CHANGED, "dialogue:" + id,
                "erased contact details of " + erased + " responses");
        return HttpResponse.seeOther(URI.create("/dialogues/" + id + "/results?done=contacts-erased"));
    }

    private Dialogue exportable(Authentication auth, long id, String format) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = dialogues.get(user, id);
        permissions.requireEditor(user);
        audit.record(dialogue.organisationId(), user, AuditAction.DIALOGUE_EXPORTED, "dialogue:" + id, format);
        return dialogue;
    }

    private static HttpResponse<byte[]> download(byte[] body, MediaType type, String name) {
        return HttpResponse.ok(body).contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store");
    }

    static String fileName(Dialogue dialogue, String extension) {
        return "dialogue-" + dialogue.id() + "-answers." + extension;
    }

    static ResultFilter filter(HttpRequest<?> request) {
        var p = request.getParameters();
        return new ResultFilter(p.get("district"), p.get("age"), p.get("gender"), p.get("home"), p.get("answered"));
    }

    /** The filter selects: one per background question, and the languages the dialogue is offered in. */
    private List<Map<String, Object>> filterChoices(Dialogue dialogue, ResultFilter filter, String lang) {
        List<Map<String, Object>> choices = new ArrayList<>();
        for (Question q : dialogue.questionnaire().questions()) {
            if (q.demographic() == null) {
                continue;
            }
            String param = switch (q.demographic()) {
                case DISTRICT -> "district";
                case AGE_BAND -> "age";
                case GENDER -> "gender";
                case HOME_LANGUAGE -> "home";
            };
            String selected = switch (q.demographic()) {
                case DISTRICT -> filter.district();
                case AGE_BAND -> filter.ageBand();
                case GENDER -> filter.gender();
                case HOME_LANGUAGE -> filter.homeLanguage();
            };
            List<List<String>> options = q.options().stream()
                    .map(o -> List.of(o.key(), dialogue.pick(o.text(), lang).value())).toList();
            choices.add(Map.of("param", param, "label", dialogue.pick(q.text(), lang).value(), "options", options,
                    "selected", selected == null ? "" : selected));
        }
        return choices;
    }

    private static String encode(@Nullable String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
