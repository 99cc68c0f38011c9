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
import java.util.function.UnaryOperator;

/**
 * The question editor: a dialogue's sections and questions, added, changed, moved and deleted. A published
 * dialogue's questions are frozen, so every change here then makes a new version ({@link Dialogues#changeQuestions});
 * answers to earlier versions stay readable. All staff read; admins and facilitators change.
 */
@Controller("/dialogues/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
class QuestionEditorController {

    static final int MAX_SECTION_TITLE = 300;
    static final int MAX_SECTION_INTRO = 3000;

    private final Dialogues dialogues;
    private final DialoguePages pages;
    private final GoalCatalogue catalogue;
    private final TargetPicker picker;
    private final Views views;

    QuestionEditorController(Dialogues dialogues, DialoguePages pages, GoalCatalogue catalogue,
                             TargetPicker picker, Views views) {
        this.dialogues = dialogues;
        this.pages = pages;
        this.catalogue = catalogue;
        this.picker = picker;
        this.views = views;
    }

    /** Sections and questions in order, with the forms to add a section and the demographics block. */
    @Get("/questions")
    @Consumes(MediaType.ALL)
    HttpResponse<String> questions(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = dialogues.get(user, id);
        String problem = request.getParameters().get("problem", String.class, "");
        return renderQuestions(request, HttpStatus.OK, user, dialogue, new FormErrors(), Map.of(), Map.of(),
                PROBLEMS.contains(problem) ? problem : "");
    }

    private static final java.util.Set<String> PROBLEMS = java.util.Set.of("dialogue.staff.error.used-in-condition",
            "dialogue.staff.error.move-condition", "dialogue.staff.error.demographics-present");

    @Post("/sections")
    HttpResponse<?> addSection(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                               @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        Map<String, String> titles = Forms.translations(form, "title", dialogue.languages());
        Map<String, String> intros = Forms.translations(form, "intro", dialogue.languages());
        FormErrors errors = sectionErrors(dialogue, titles, intros);
        if (!errors.isEmpty()) {
            return renderQuestions(request, HttpStatus.UNPROCESSABLE_ENTITY, user, dialogue, errors, titles, intros, "");
        }
        String key = dialogues.newKey('s');
        dialogues.changeQuestions(user, id, q -> q.withSection(new Section(key, titles, intros, null, List.of())));
        return HttpResponse.seeOther(URI.create("/dialogues/" + id + "/questions?done=added#section-" + key));
    }

    /** Adds a section "About you" with the demographic questions the dialogue does not have yet. */
    @Post("/demographics")
    HttpResponse<?> addDemographics(Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        Section section = DemographicDefaults.section(dialogue.questionnaire(), () -> dialogues.newKey('s'),
                () -> dialogues.newKey('q'), () -> dialogues.newKey('o'));
        if (section == null) {
            return HttpResponse.seeOther(URI.create("/dialogues/" + id
                    + "/questions?problem=dialogue.staff.error.demographics-present"));
        }
        dialogues.changeQuestions(user, id, q -> q.withSection(section));
        return HttpResponse.seeOther(URI.create("/dialogues/" + id + "/questions?done=added#section-" + section.key()));
    }

    @Get("/sections/{key}")
    @Consumes(MediaType.ALL)
    HttpResponse<String> sectionForm(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                     @PathVariable String key) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = dialogues.get(user, id);
        Section section = section(dialogue, key);
        List<String> showIf = section.showIf() == null ? List.of() : section.showIf().options().stream()
                .map(o -> section.showIf().question() + ":" + o).toList();
        return renderSection(request, HttpStatus.OK, user, dialogue, section, new FormErrors(), section.title(),
                section.intro(), showIf);
    }

    @Post("/sections/{key}")
    HttpResponse<?> updateSection(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                  @PathVariable String key, @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        Section section = section(dialogue, key);
        Map<String, String> titles = Forms.translations(form, "title", dialogue.languages());
        Map<String, String> intros = Forms.translations(form, "intro", dialogue.languages());
        List<String> showIf = Forms.values(form, "showIf");
        FormErrors errors = sectionErrors(dialogue, titles, intros);
        QuestionForm conditionOnly = new QuestionForm("", "", Map.of(), Map.of(), false, false, "", "", Map.of(),
                Map.of(), "", List.of(), showIf, java.util.Set.of(), "", "", List.of());
        Condition condition = conditionOnly.condition(questionsBeforeSection(dialogue, key), errors);
        if (!errors.isEmpty()) {
            return renderSection(request, HttpStatus.UNPROCESSABLE_ENTITY, user, dialogue, section, errors, titles,
                    intros, showIf);
        }
        dialogues.changeQuestions(user, id, q -> q.mapSection(key,
                s -> new Section(s.key(), titles, intros, condition, s.questions())));
        return HttpResponse.seeOther(URI.create("/dialogues/" + id + "/questions?done=saved#section-" + key));
    }

    @Post("/sections/{key}/delete")
    HttpResponse<?> deleteSection(Authentication auth, @PathVariable long id, @PathVariable String key) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        Section section = section(dialogue, key);
        Questionnaire without = dialogue.questionnaire().withoutSection(key);
        if (section.questions().stream().anyMatch(q -> usedInCondition(without, q.key()))) {
            return HttpResponse.seeOther(URI.create("/dialogues/" + id
                    + "/questions?problem=dialogue.staff.error.used-in-condition"));
        }
        dialogues.changeQuestions(user, id, q -> q.withoutSection(key));
        return HttpResponse.seeOther(URI.create("/dialogues/" + id + "/questions?done=deleted"));
    }

    @Post("/sections/{key}/move")
    HttpResponse<?> moveSection(Authentication auth, @PathVariable long id, @PathVariable String key,
                                @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        section(dialogue, key);
        int delta = delta(form);
        return applyMove(user, dialogue, q -> q.moveSection(key, delta), "section-" + key);
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
            return HttpResponse.seeOther(URI.create("/dialogues/" + id
                    + "/questions?problem=dialogue.staff.error.used-in-condition"));
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
        int delta = delta(form);
        return applyMove(user, dialogue, q -> moveQuestion(q, key, delta), "question-" + key);
    }

    private HttpResponse<?> applyMove(CurrentUser user, Dialogue dialogue, UnaryOperator<Questionnaire> move,
                                      String anchor) {
        Questionnaire moved = move.apply(dialogue.questionnaire());
        if (brokenConditions(moved)) {
            return HttpResponse.seeOther(URI.create("/dialogues/" + dialogue.id()
                    + "/questions?problem=dialogue.staff.error.move-condition"));
        }
        if (!moved.equals(dialogue.questionnaire())) {
            dialogues.changeQuestions(user, dialogue.id(), move);
        }
        return HttpResponse.seeOther(URI.create("/dialogues/" + dialogue.id() + "/questions?done=moved#" + anchor));
    }

    static Questionnaire moveQuestion(Questionnaire questionnaire, String key, int delta) {
        List<Section> sections = new ArrayList<>(questionnaire.sections());
        for (int s = 0; s < sections.size(); s++) {
            List<Question> list = new ArrayList<>(sections.get(s).questions());
            int index = indexOf(list, key);
            if (index < 0) {
                continue;
            }
            int to = index + delta;
            if (to >= 0 && to < list.size()) {
                sections.set(s, sections.get(s).withQuestions(Questionnaire.move(list, index, delta)));
            } else if (s + delta >= 0 && s + delta < sections.size()) {
                Question moving = list.remove(index);
                sections.set(s, sections.get(s).withQuestions(list));
                List<Question> next = new ArrayList<>(sections.get(s + delta).questions());
                next.add(delta < 0 ? next.size() : 0, moving);
                sections.set(s + delta, sections.get(s + delta).withQuestions(next));
            }
            return new Questionnaire(sections);
        }
        return questionnaire;
    }

    /** Whether any condition (of a question or a section) refers to a question that is not before it. */
    static boolean brokenConditions(Questionnaire questionnaire) {
        List<String> seen = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            if (section.showIf() != null && !validRef(questionnaire, seen, section.showIf())) {
                return true;
            }
            for (Question q : section.questions()) {
                if (q.showIf() != null && !validRef(questionnaire, seen, q.showIf())) {
                    return true;
                }
                seen.add(q.key());
            }
        }
        return false;
    }

    private static boolean validRef(Questionnaire questionnaire, List<String> seen, Condition condition) {
        return seen.contains(condition.question()) && questionnaire.question(condition.question())
                .map(q -> q.allowedValues().containsAll(condition.options())).orElse(false);
    }

    static boolean usedInCondition(Questionnaire questionnaire, String questionKey) {
        return questionnaire.sections().stream().anyMatch(s -> s.showIf() != null
                && s.showIf().question().equals(questionKey) || s.questions().stream()
                .anyMatch(q -> q.showIf() != null && q.showIf().question().equals(questionKey)));
    }

    static Questionnaire replace(Questionnaire questionnaire, Question question) {
        return new Questionnaire(questionnaire.sections().stream().map(s -> s.withQuestions(s.questions().stream()
                .map(q -> q.key().equals(question.key()) ? question : q).toList())).toList());
    }

    static Questionnaire withoutQuestion(Questionnaire questionnaire, String key) {
        return new Questionnaire(questionnaire.sections().stream().map(s -> s.withQuestions(s.questions().stream()
                .filter(q -> !q.key().equals(key)).toList())).toList());
    }

    private static int indexOf(List<Question> questions, String key) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static int delta(Map<String, Object> form) {
        return "up".equals(Forms.value(form, "direction")) ? -1 : 1;
    }

    /** The questions a new question at the end of {@code sectionKey} may depend on. */
    private static List<Question> questionsUpTo(Dialogue dialogue, String sectionKey) {
        List<Question> list = new ArrayList<>();
        for (Section s : dialogue.questionnaire().sections()) {
            list.addAll(s.questions());
            if (s.key().equals(sectionKey)) {
                break;
            }
        }
        return list;
    }

    private static List<Question> questionsBeforeSection(Dialogue dialogue, String sectionKey) {
        List<Question> list = new ArrayList<>();
        for (Section s : dialogue.questionnaire().sections()) {
            if (s.key().equals(sectionKey)) {
                break;
            }
            list.addAll(s.questions());
        }
        return list;
    }

    private static Section section(Dialogue dialogue, String key) {
        return dialogue.questionnaire().section(key).orElseThrow(() -> new NotFoundException("section"));
    }

    private static Question question(Dialogue dialogue, String key) {
        return dialogue.questionnaire().question(key).orElseThrow(() -> new NotFoundException("question"));
    }

    private static FormErrors sectionErrors(Dialogue dialogue, Map<String, String> titles, Map<String, String> intros) {
        FormErrors errors = new FormErrors();
        if (titles.getOrDefault(dialogue.ownLanguage(), "").isBlank()) {
            errors.add("title-" + dialogue.ownLanguage(), "dialogue.staff.section.error.title");
        }
        titles.forEach((l, v) -> errors.maxLength("title-" + l, v, MAX_SECTION_TITLE));
        intros.forEach((l, v) -> errors.maxLength("intro-" + l, v, MAX_SECTION_INTRO));
        return errors;
    }

    /** Earlier questions a condition can use (those with options or a scale), for the "show only if" boxes. */
    private static List<Question> conditionable(List<Question> questions) {
        return questions.stream().filter(q -> !q.allowedValues().isEmpty()).toList();
    }

    private HttpResponse<String> renderQuestions(HttpRequest<?> request, HttpStatus status, CurrentUser user,
                                                 Dialogue dialogue, FormErrors errors, Map<String, String> titles,
                                                 Map<String, String> intros, String problem) {
        Map<String, Object> model = pages.base(request, user, dialogue);
        model.put("errors", errors);
        model.put("sectionTitles", titles);
        model.put("sectionIntros", intros);
        model.put("problem", problem);
        model.put("codes", codesOf(dialogue));
        return views.page(request, status, "dialogue/staff/questions", model);
    }

    /** Question key to its question-level target codes, for the list. */
    private Map<String, String> codesOf(Dialogue dialogue) {
        Map<String, String> codes = new HashMap<>();
        dialogue.questionnaire().questions().forEach(q -> codes.put(q.key(), QuestionForm.codes(q.targets(), catalogue)));
        return codes;
    }

    private HttpResponse<String> renderSection(HttpRequest<?> request, HttpStatus status, CurrentUser user,
                                               Dialogue dialogue, Section section, FormErrors errors,
                                               Map<String, String> titles, Map<String, String> intros,
                                               List<String> showIf) {
        Map<String, Object> model = pages.base(request, user, dialogue);
        model.put("section", section);
        model.put("errors", errors);
        model.put("sectionTitles", titles);
        model.put("sectionIntros", intros);
        model.put("showIf", showIf);
        model.put("earlier", conditionable(questionsBeforeSection(dialogue, section.key())));
        return views.page(request, status, "dialogue/staff/section", model);
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
