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
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.Map;

import static se.samrad.relevance.RelevanceController.model;

/** A round's result (heat map, overall relevance, priorities, candidates) and the analysis group's decisions. */
@Controller("/relevance/rounds/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class ResultController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Rounds rounds;
    private final Results results;
    private final Decisions decisions;
    private final RelevancePermissions permissions;
    private final EvidencePanel evidence;
    private final FormBinder binder;
    private final Views views;
    private final RelevanceReport report;
    private final ResultPage resultPage;
    private final Swot swot;
    private final AnswerExamples examples;

    ResultController(Rounds rounds, Results results, Decisions decisions, RelevancePermissions permissions,
                     EvidencePanel evidence, FormBinder binder, Views views, RelevanceReport report,
                     ResultPage resultPage, Swot swot, AnswerExamples examples) {
        this.examples = examples;
        this.swot = swot;
        this.report = report;
        this.resultPage = resultPage;
        this.rounds = rounds;
        this.results = results;
        this.decisions = decisions;
        this.permissions = permissions;
        this.evidence = evidence;
        this.binder = binder;
        this.views = views;
    }

    @Get("/result")
    HttpResponse<String> result(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireResults(user);
        return resultPage.render(request, HttpStatus.OK, user, rounds.get(org, id), SwotCommand.empty(),
                new FormErrors());
    }

    @Get("/report.xlsx")
    @Produces(XLSX)
    HttpResponse<byte[]> xlsx(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        long org = permissions.requireResults(CurrentUser.of(auth));
        RoundRow round = rounds.get(org, id);
        return download(report.xlsx(results.of(round), swot.of(round), cited(round), views.language(request)), XLSX,
                round, "xlsx");
    }

    @Get("/report.pdf")
    @Produces("application/pdf")
    HttpResponse<byte[]> pdf(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        long org = permissions.requireResults(CurrentUser.of(auth));
        RoundRow round = rounds.get(org, id);
        String xhtml = views.render(request, "relevance/report-pdf", model("result", results.of(round),
                "swot", swot.of(round), "examples", cited(round),
                "dimensions", AssessmentPages.names(se.samrad.goals.Dimension.values())));
        return download(report.pdf(xhtml), "application/pdf", round, "pdf");
    }

    private java.util.List<AnswerExamples.Cited> cited(RoundRow round) {
        return examples.ofRound(round, rounds.unitNames(round.organisationId()), rounds.leaves(round));
    }

    private static HttpResponse<byte[]> download(byte[] body, String type, RoundRow round, String extension) {
        return HttpResponse.ok(body).contentType(MediaType.of(type)).header("Content-Disposition",
                "attachment; filename=\"relevance-" + round.year() + "-" + round.id() + "." + extension + "\"");
    }

    @Get("/decisions/{elementId}")
    HttpResponse<String> decision(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                  @PathVariable long elementId) {
        CurrentUser user = CurrentUser.of(auth);
        RoundRow round = rounds.get(user.requireOrganisation(), id);
        permissions.requireManage(user);
        GoalElement target = target(round, elementId);
        return decisionPage(request, HttpStatus.OK, user, round, target,
                DecisionCommand.of(decisions.of(round, elementId)), new FormErrors());
    }

    @Post("/decisions/{elementId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decide(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                           @PathVariable long elementId, @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        RoundRow round = rounds.get(user.requireOrganisation(), id);
        permissions.requireManage(user);
        GoalElement target = target(round, elementId);
        FormBinder.Bound<DecisionCommand> bound = binder.bind(body, DecisionCommand.class);
        if (!bound.valid()) {
            return decisionPage(request, HttpStatus.UNPROCESSABLE_ENTITY, user, round, target, bound.command(),
                    bound.errors());
        }
        decisions.decide(user, round, elementId, bound.command());
        return HttpResponse.seeOther(URI.create("/relevance/rounds/" + id + "/result?done=decided#t-" + elementId));
    }

    private HttpResponse<String> decisionPage(HttpRequest<?> request, HttpStatus status, CurrentUser user,
                                              RoundRow round, GoalElement target, DecisionCommand form,
                                              FormErrors errors) {
        String lang = views.language(request).code();
        Results.Line line = results.line(round, target);
        return views.page(request, status, "relevance/decision", model("round", round, "target", target,
                "line", line, "form", form, "errors", errors, "relevances", AssessmentPages.names(Relevance.values()),
                "units", rounds.progress(round), "examples", examples.forTarget(round, target.id()),
                "evidence", evidence.forTargets(user, java.util.List.of(target),
                        round.id(), lang).get(Long.toString(target.id()))));
    }

    private GoalElement target(RoundRow round, long elementId) {
        return rounds.leaves(round).stream().filter(e -> e.id() == elementId).findFirst()
                .orElseThrow(() -> new NotFoundException("target"));
    }
}
