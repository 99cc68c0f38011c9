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
import se.samrad.goals.Framework;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The relevance assessment's start page (tasks and rounds), opening a round, a round's progress, next year's. */
@Controller("/relevance")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class RelevanceController {

    private final Rounds rounds;
    private final RoundClosing closing;
    private final RelevancePermissions permissions;
    private final GoalCatalogue catalogue;
    private final AccountService accounts;
    private final FormBinder binder;
    private final Views views;
    private final Clock clock;

    RelevanceController(Rounds rounds, RoundClosing closing, RelevancePermissions permissions, GoalCatalogue catalogue,
                        AccountService accounts, FormBinder binder, Views views, Clock clock) {
        this.rounds = rounds;
        this.closing = closing;
        this.permissions = permissions;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.binder = binder;
        this.views = views;
        this.clock = clock;
    }

    @Get
    HttpResponse<String> index(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        long org = user.requireOrganisation();
        boolean reader = permissions.canReadResults(user);
        return views.page(request, "relevance/index", model("tasks", rounds.tasks(user),
                "rounds", reader ? rounds.list(org) : List.of(), "canRead", reader,
                "canManage", permissions.canManage(user)));
    }

    @Get("/new")
    HttpResponse<String> newForm(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireManage(user);
        return openForm(request, HttpStatus.OK, org, OpenRoundCommand.empty(LocalDate.now(clock).getYear()),
                new FormErrors());
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> open(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireManage(user);
        FormBinder.Bound<OpenRoundCommand> bound = binder.bind(body, OpenRoundCommand.class);
        FormErrors errors = bound.errors();
        if (bound.valid()) {
            try {
                RoundRow round = rounds.open(user, bound.command());
                return HttpResponse.seeOther(URI.create("/relevance/rounds/" + round.id() + "?done=opened"));
            } catch (InvalidRequestException e) {
                errors.add("units", e.messageKey());
            }
        }
        return openForm(request, HttpStatus.UNPROCESSABLE_ENTITY, org, bound.command(), errors);
    }

    private HttpResponse<String> openForm(HttpRequest<?> request, HttpStatus status, long org,
                                          OpenRoundCommand form, FormErrors errors) {
        String lang = views.language(request).code();
        List<List<String>> frameworks = catalogue.visibleTo(org).stream()
                .filter(f -> !f.key().equals(Framework.AGENDA_2030))
                .map(f -> List.of(f.key(), f.name(lang).value())).toList();
        return views.page(request, status, "relevance/new", model("form", form, "errors", errors,
                "frameworks", frameworks, "units", rounds.organisationUnits(org), "staff", accounts.staff(org)));
    }

    @Get("/rounds/{id}")
    HttpResponse<String> round(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireResults(user);
        RoundRow round = rounds.get(org, id);
        String lang = views.language(request).code();
        return views.page(request, "relevance/round", model("round", round, "units", rounds.progress(round),
                "frameworks", rounds.frameworks(round).stream().map(f -> f.name(lang).value()).toList(),
                "canManage", permissions.canManage(user), "canReopen", permissions.canReopen(user),
                "mayClose", !round.closed() && closing.mayClose(round),
                "done", request.getParameters().get("done", String.class, "")));
    }

    @Post("/rounds/{id}/next")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> next(Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        permissions.requireManage(user);
        RoundRow next = rounds.startNext(user, id);
        return HttpResponse.seeOther(URI.create("/relevance/rounds/" + next.id() + "?done=started"));
    }

    static Map<String, Object> model(Object... keyValues) {
        Map<String, Object> model = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            model.put((String) keyValues[i], keyValues[i + 1]);
        }
        return model;
    }
}
