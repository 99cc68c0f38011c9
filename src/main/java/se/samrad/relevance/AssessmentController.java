package se.samrad.relevance;

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
import se.samrad.platform.NotFoundException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's task in a round: its goals with what is assessed, the form for one goal's targets (drafts saved,
 * "not relevant to us" for the whole goal in one step), and handing in.
 */
@Controller("/relevance/rounds/{id}/units/{unitId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class AssessmentController {

    private final Rounds rounds;
    private final Assessments assessments;
    private final AssessmentPages pages;
    private final RelevancePermissions permissions;
    private final FormBinder binder;
    private final AnswerExamples examples;
    private final ReminderMail mail;

    AssessmentController(Rounds rounds, Assessments assessments, AssessmentPages pages,
                         RelevancePermissions permissions, FormBinder binder, AnswerExamples examples,
                         ReminderMail mail) {
        this.examples = examples;
        this.mail = mail;
        this.rounds = rounds;
        this.assessments = assessments;
        this.pages = pages;
        this.permissions = permissions;
        this.binder = binder;
    }

    @Get
    HttpResponse<String> unit(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                              @PathVariable long unitId) {
        CurrentUser user = CurrentUser.of(auth);
        RoundUnitRow unit = unitFor(user, id, unitId);
        mail.seen(user, unit, pages.lang(request));
        return pages.unit(request, rounds.get(unit.organisationId(), id), unit);
    }

    @Post("/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(Authentication auth, @PathVariable long id, @PathVariable long unitId) {
        CurrentUser user = CurrentUser.of(auth);
        RoundUnitRow unit = unitFor(user, id, unitId);
        rounds.submit(user, rounds.get(unit.organisationId(), id), unit);
        return HttpResponse.seeOther(URI.create(base(id, unitId) + "?done=submitted"));
    }

    @Get("/goals/{goalId}")
    HttpResponse<String> goal(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                              @PathVariable long unitId, @PathVariable long goalId) {
        CurrentUser user = CurrentUser.of(auth);
        RoundUnitRow unit = unitFor(user, id, unitId);
        mail.seen(user, unit, pages.lang(request));
        RoundRow round = rounds.get(unit.organisationId(), id);
        GoalElement goal = goalOf(round, goalId);
        List<Long> ids = goal.leaves().stream().map(GoalElement::id).toList();
        Map<Long, AnswerRow> saved = assessments.of(unit, ids);
        Map<Long, AssessmentCommand> forms = new LinkedHashMap<>();
        ids.forEach(e -> forms.put(e, AssessmentCommand.of(saved.get(e))));
        return pages.goal(request, HttpStatus.OK, user, round, unit, goal, forms, examples.hrefs(unit, ids),
                new FormErrors());
    }

    @Post("/goals/{goalId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                         @PathVariable long unitId, @PathVariable long goalId, @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        RoundUnitRow unit = unitFor(user, id, unitId);
        RoundRow round = rounds.get(unit.organisationId(), id);
        GoalElement goal = goalOf(round, goalId);
        String action = Forms.value(body, "action");
        boolean notRelevant = "not-relevant".equals(action);
        Map<Long, AssessmentCommand> forms = new LinkedHashMap<>();
        Map<Long, List<String>> chosen = new LinkedHashMap<>();
        FormErrors errors = new FormErrors();
        for (GoalElement leaf : goal.leaves()) {
            String prefix = AssessmentPages.prefix(leaf.id());
            chosen.put(leaf.id(), Forms.values(body, prefix + "examples"));
            FormBinder.Bound<AssessmentCommand> bound = binder.bind(within(body, prefix), AssessmentCommand.class);
            AssessmentCommand command = notRelevant ? bound.command().notRelevant() : bound.command();
            forms.put(leaf.id(), command);
            (notRelevant ? binder.validate(command) : bound.errors()).getFields()
                    .forEach((field, key) -> errors.add(prefix + field, key));
        }
        if (round.closed()) {
            // Refused, with what was typed kept on the page beside the reason.
            return pages.goal(request, HttpStatus.CONFLICT, user, round, unit, goal, forms, chosen, new FormErrors());
        }
        if (!errors.isEmpty()) {
            return pages.goal(request, HttpStatus.UNPROCESSABLE_ENTITY, user, round, unit, goal, forms, chosen, errors);
        }
        assessments.save(unit, forms);
        examples.save(unit, examples.choices(user, unit, goal.leaves(), pages.lang(request)), chosen);
        if ("next".equals(action)) {
            GoalElement following = pages.nextGoal(round, goal);
            if (following != null) {
                return HttpResponse.seeOther(URI.create(base(id, unitId) + "/goals/" + following.id()
                        + "?done=saved"));
            }
            return HttpResponse.seeOther(URI.create(base(id, unitId) + "?done=saved"));
        }
        return HttpResponse.seeOther(URI.create(base(id, unitId) + "/goals/" + goalId + "?done="
                + (notRelevant ? "not-relevant" : "saved")));
    }

    private RoundUnitRow unitFor(CurrentUser user, long roundId, long unitId) {
        long org = user.requireOrganisation();
        rounds.get(org, roundId);
        RoundUnitRow unit = rounds.unit(org, roundId, unitId);
        permissions.requireAnswer(user, unit);
        return unit;
    }

    private GoalElement goalOf(RoundRow round, long goalId) {
        GoalElement goal = rounds.goalsById(round).get(goalId);
        if (goal == null) {
            throw new NotFoundException("goal");
        }
        return goal;
    }

    /** The fields of one target's part of the form, with the target's prefix taken off. */
    private static Map<String, Object> within(Map<String, Object> body, String prefix) {
        Map<String, Object> part = new LinkedHashMap<>();
        body.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                part.put(k.substring(prefix.length()), v);
            }
        });
        return part;
    }

    static String base(long roundId, long unitId) {
        return "/relevance/rounds/" + roundId + "/units/" + unitId;
    }
}
