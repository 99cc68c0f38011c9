package se.samrad.dialogue;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.TargetPicker;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static se.samrad.dialogue.QuestionnaireEdits.brokenConditions;
import static se.samrad.dialogue.QuestionnaireEdits.conditionable;
import static se.samrad.dialogue.QuestionnaireEdits.question;
import static se.samrad.dialogue.QuestionnaireEdits.questionsUpTo;
import static se.samrad.dialogue.QuestionnaireEdits.replace;
import static se.samrad.dialogue.QuestionnaireEdits.section;
import static se.samrad.dialogue.QuestionnaireEdits.usedInCondition;
import static se.samrad.dialogue.QuestionnaireEdits.withoutQuestion;

/**
 * The question editor's questions: added at the end of a section, changed, moved (across sections at an edge) and
 * deleted; the list and the sections are {@link SectionEditorController}'s. A published dialogue's questions are
 * frozen, so every change here then makes a new version ({@link Dialogues#changeQuestions}); answers to earlier
 * versions stay readable. All staff read; admins and facilitators change.
 */
@Controller("/dialogues/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
class QuestionEditorController {

    private final Dialogues dialogues;
    private final DialoguePages pages;
    private final GoalCatalogue catalogue;
    private final TargetPicker picker;
    private final Views views;
    private final FormBinder binder;

    QuestionEditorController(Dialogues dialogues, DialoguePages pages, GoalCatalogue catalogue,
                             TargetPicker picker, Views views, FormBinder binder) {
        this.binder = binder;
        this.dialogues = dialogues;
        this.pages = pages;
        this.catalogue = catalogue;
        this.picker = picker;
        this.views = views;
    }

    /** The form for a new question at the end of a section. */
    @Get("/questions/new")
    @Consumes(MediaType.ALL)
    HttpResponse<String> newQuestion(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                     @Nullable @QueryValue String section) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        Section target = section(dialogue, section == null ? "" : section);
        return renderQuestion(request, HttpStatus.OK, dialogue, null, QuestionForm.blank(target.key(), catalogue),
                new FormErrors(), false);
    }

    @Post("/questions")
    HttpResponse<?> addQuestion(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        QuestionForm typed = QuestionForm.parse(form, dialogue.languages());
        Section target = section(dialogue, typed.section());
        if (TargetPicker.isSearch(form, QuestionForm.PICKER)) {
            return renderQuestion(request, HttpStatus.OK, dialogue, null, typed, new FormErrors(), true);
        }
        List<Question> earlier = questionsUpTo(dialogue, target.key());
        FormErrors errors = new FormErrors();
        String key = dialogues.newKey('q');
        Question question = typed.toQuestion(key, dialogue, earlier, dialogue.questionnaire().questions(), catalogue,
                () -> dialogues.newKey('o'), errors);
        if (question == null) {
            return renderQuestion(request, HttpStatus.UNPROCESSABLE_ENTITY, dialogue, null, typed, errors, false);
        }
        dialogues.changeQuestions(user, id, q -> q.mapSection(target.key(), s -> {
            List<Question> list = new ArrayList<>(s.questions());
            list.add(question);
            return s.withQuestions(list);
        }));
        return HttpResponse.seeOther(URI.create("/dialogues/" + id + "/questions?done=added#question-" + key));
    }

    @Get("/questions/{key}")
    @Consumes(MediaType.ALL)
    HttpResponse<String> questionForm(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                      @PathVariable String key) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = dialogues.get(user, id);
        Question question = question(dialogue, key);
        String section = dialogue.questionnaire().sectionOf(key).orElseThrow().key();
        return renderQuestion(request, HttpStatus.OK, dialogue, key, QuestionForm.of(question, section, catalogue),
                new FormErrors(), false);
    }

    @Post("/questions/{key}")
    HttpResponse<?> updateQuestion(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                   @PathVariable String key, @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        question(dialogue, key);
        QuestionForm typed = QuestionForm.parse(form, dialogue.languages());
        if (TargetPicker.isSearch(form, QuestionForm.PICKER)) {
            return renderQuestion(request, HttpStatus.OK, dialogue, key, typed, new FormErrors(), true);
        }
        FormErrors errors = new FormErrors();
        List<Question> others = dialogue.questionnaire().questions().stream().filter(q -> !q.key().equals(key)).toList();
        Question question = typed.toQuestion(key, dialogue, dialogue.questionnaire().questionsBefore(key), others,
                catalogue, () -> dialogues.newKey('o'), errors);
        if (question != null) {
            Questionnaire changed = replace(dialogue.questionnaire(), question);
            if (brokenConditions(changed)) {
                errors.add("type", "dialogue.staff.error.used-in-condition");
            }
        }
        if (!errors.isEmpty()) {
            return renderQuestion(request, HttpStatus.UNPROCESSABLE_ENTITY, dialogue, key, typed, errors, false);
        }
        dialogues.changeQuestions(user, id, q -> replace(q, question));
        return HttpResponse.seeOther(URI.create("/dialogues/" + id + "/questions?done=saved#question-" + key));
    }

    @Post("/questions/{key}/delete")
    HttpResponse<?> deleteQuestion(Authentication auth, @PathVariable long id, @PathVariable String key) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        question(dialogue, key);
        if (usedInCondition(dialogue.questionnaire(), key)) {
            return QuestionnaireEdits.problem(id, "dialogue.staff.error.used-in-condition");
        }
        dialogues.changeQuestions(user, id, q -> withoutQuestion(q, key));
        return HttpResponse.seeOther(URI.create("/dialogues/" + id + "/questions?done=deleted"));
    }

    /** Moves a question up or down in its section, or across into the neighbouring section at its edge. */
    @Post("/questions/{key}/move")
    HttpResponse<?> moveQuestion(Authentication auth, @PathVariable long id, @PathVariable String key,
                                 @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        question(dialogue, key);
        int delta = binder.bind(form, MoveCommand.class).command().delta();
        return QuestionnaireEdits.applyMove(dialogues, user, dialogue,
                q -> QuestionnaireEdits.moveQuestion(q, key, delta), "question-" + key);
    }

    private HttpResponse<String> renderQuestion(HttpRequest<?> request, HttpStatus status, Dialogue dialogue,
                                                @Nullable String key, QuestionForm form, FormErrors errors,
                                                boolean focusPicker) {
        CurrentUser user = request.getUserPrincipal(Authentication.class).map(CurrentUser::of).orElseThrow();
        Map<String, Object> model = pages.base(request, user, dialogue);
        String lang = views.language(request).code();
        List<Question> earlier = key == null ? questionsUpTo(dialogue, form.section())
                : dialogue.questionnaire().questionsBefore(key);
        model.put("questionKey", key == null ? "" : key);
        model.put("form", form);
        model.put("errors", errors);
        model.put("types", QuestionType.values());
        model.put("demographics", Demographic.values());
        model.put("earlier", conditionable(earlier));
        model.put("goals", catalogue.agenda2030().goals());
        model.put("picker", picker.model(QuestionForm.PICKER, lang, catalogue.builtIn(), form.targets(),
                form.pickerQuery()));
        model.put("focusPicker", focusPicker);
        model.put("sectionTitle", dialogue.pick(section(dialogue, form.section()).title(), lang));
        return views.page(request, status, "dialogue/staff/question", model);
    }
}
