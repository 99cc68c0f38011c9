package se.samrad.dialogue;

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
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static se.samrad.dialogue.QuestionnaireEdits.section;

/**
 * The question editor's list and its sections: the list of sections and questions in order, sections added,
 * changed (titles, intros, "show only if"), moved and deleted, and the demographics block. The questions
 * themselves are {@link QuestionEditorController}'s. All staff read; admins and facilitators change, and a
 * published dialogue's change makes a new version ({@link Dialogues#changeQuestions}).
 */
@Controller("/dialogues/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
class SectionEditorController {

    /** The problems the list explains after a refused change ({@code ?problem=}); anything else shows nothing. */
    private static final Set<String> PROBLEMS = Set.of("dialogue.staff.error.used-in-condition",
            "dialogue.staff.error.move-condition", "dialogue.staff.error.demographics-present");

    private final Dialogues dialogues;
    private final DialoguePages pages;
    private final GoalCatalogue catalogue;
    private final Views views;
    private final FormBinder binder;

    SectionEditorController(Dialogues dialogues, DialoguePages pages, GoalCatalogue catalogue, Views views,
                            FormBinder binder) {
        this.binder = binder;
        this.dialogues = dialogues;
        this.pages = pages;
        this.catalogue = catalogue;
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

    /** Adds a section at the end. */
    @Post("/sections")
    HttpResponse<?> addSection(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                               @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        SectionCommand command = command(form, dialogue);
        Map<String, String> titles = command.title();
        Map<String, String> intros = command.intro();
        FormErrors errors = command.errors(binder.validate(command), dialogue.ownLanguage());
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
            return QuestionnaireEdits.problem(id, "dialogue.staff.error.demographics-present");
        }
        dialogues.changeQuestions(user, id, q -> q.withSection(section));
        return HttpResponse.seeOther(URI.create("/dialogues/" + id + "/questions?done=added#section-" + section.key()));
    }

    /** A section's form: its titles and intros, and the condition that shows it. */
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

    /** Saves a section's texts and condition. */
    @Post("/sections/{key}")
    HttpResponse<?> updateSection(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                  @PathVariable String key, @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        Section section = section(dialogue, key);
        SectionCommand command = command(form, dialogue);
        Map<String, String> titles = command.title();
        Map<String, String> intros = command.intro();
        List<String> showIf = command.showIf();
        FormErrors errors = command.errors(binder.validate(command), dialogue.ownLanguage());
        QuestionForm conditionOnly = new QuestionForm("", "", Map.of(), Map.of(), false, false, "", "", Map.of(),
                Map.of(), "", List.of(), showIf, Set.of(), "", "", List.of());
        Condition condition = conditionOnly.condition(QuestionnaireEdits.questionsBeforeSection(dialogue, key), errors);
        if (!errors.isEmpty()) {
            return renderSection(request, HttpStatus.UNPROCESSABLE_ENTITY, user, dialogue, section, errors, titles,
                    intros, showIf);
        }
        dialogues.changeQuestions(user, id, q -> q.mapSection(key,
                s -> new Section(s.key(), titles, intros, condition, s.questions())));
        return HttpResponse.seeOther(URI.create("/dialogues/" + id + "/questions?done=saved#section-" + key));
    }

    /** Deletes a section with its questions, unless a later condition depends on one of them. */
    @Post("/sections/{key}/delete")
    HttpResponse<?> deleteSection(Authentication auth, @PathVariable long id, @PathVariable String key) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        Section section = section(dialogue, key);
        Questionnaire without = dialogue.questionnaire().withoutSection(key);
        if (section.questions().stream().anyMatch(q -> QuestionnaireEdits.usedInCondition(without, q.key()))) {
            return QuestionnaireEdits.problem(id, "dialogue.staff.error.used-in-condition");
        }
        dialogues.changeQuestions(user, id, q -> q.withoutSection(key));
        return HttpResponse.seeOther(URI.create("/dialogues/" + id + "/questions?done=deleted"));
    }

    /** Moves a section up or down. */
    @Post("/sections/{key}/move")
    HttpResponse<?> moveSection(Authentication auth, @PathVariable long id, @PathVariable String key,
                                @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        section(dialogue, key);
        int delta = binder.bind(form, MoveCommand.class).command().delta();
        return QuestionnaireEdits.applyMove(dialogues, user, dialogue, q -> q.moveSection(key, delta), "section-" + key);
    }

    /** The section form as sent, in the dialogue's languages. */
    private SectionCommand command(Map<String, Object> form, Dialogue dialogue) {
        return binder.bind(form, SectionCommand.class).command().in(dialogue.languages());
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
        model.put("earlier", QuestionnaireEdits.conditionable(
                QuestionnaireEdits.questionsBeforeSection(dialogue, section.key())));
        return views.page(request, status, "dialogue/staff/section", model);
    }
}
