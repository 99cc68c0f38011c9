package se.samrad.consequence;

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
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.PublicUrl;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A case's decision: the recorded decision with its revisions and its feedback (readers), recording or changing it
 * and sending the feedback by e-mail (admins and analysts).
 */
@Controller("/consequence/cases/{id}/decision")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class DecisionController {

    private final Cases cases;
    private final Decisions decisions;
    private final FeedbackPage feedback;
    private final FeedbackMail mail;
    private final StakeholderFeedbackSender stakeholders;
    private final ConsequencePermissions permissions;
    private final FormBinder binder;
    private final PublicUrl publicUrl;
    private final Views views;

    DecisionController(Cases cases, Decisions decisions, FeedbackPage feedback, FeedbackMail mail,
                       StakeholderFeedbackSender stakeholders, ConsequencePermissions permissions, FormBinder binder,
                       PublicUrl publicUrl, Views views) {
        this.stakeholders = stakeholders;
        this.cases = cases;
        this.decisions = decisions;
        this.feedback = feedback;
        this.mail = mail;
        this.permissions = permissions;
        this.binder = binder;
        this.publicUrl = publicUrl;
        this.views = views;
    }

    @Get
    HttpResponse<String> show(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        CaseRow kase = cases.get(permissions.requireRead(user), id);
        Decisions.Decided decided = decisions.of(kase).orElse(null);
        return views.page(request, "consequence/decision", Pages.model("kase", kase, "decided", decided,
                "revisions", decisions.revisions(kase), "canManage", permissions.canManage(user),
                "recipients", decided == null ? 0L : mail.recipients(decided),
                "dialogues", feedback.dialogues(kase), "canContact", permissions.canContact(user),
                "stakeholders", decided != null && permissions.canContact(user) ? stakeholders.lines(decided) : List.of(),
                "done", request.getParameters().get("done", String.class, ""),
                "queued", request.getParameters().get("queued", Integer.class, 0)));
    }

    @Get("/edit")
    HttpResponse<String> form(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CaseRow kase = cases.get(permissions.requireManage(CurrentUser.of(auth)), id);
        Decisions.Decided decided = decisions.of(kase).orElse(null);
        DecisionCommand command = decided == null ? DecisionCommand.empty(kase) : DecisionCommand.of(decided.row());
        List<DecisionActions.Input> actions = decided == null ? List.of() : decided.actions().stream()
                .map(a -> new DecisionActions.Input(a.row().title(), a.row().unitId() == null ? ""
                        : a.row().unitId().toString(), a.row().dueOn() == null ? "" : a.row().dueOn().toString(),
                        new java.util.LinkedHashSet<>(a.indicators().stream().map(Decisions.IndicatorRef::id).toList())))
                .toList();
        return form(request, HttpStatus.OK, kase, command, actions, new FormErrors());
    }

    @Post("/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                         @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        CaseRow kase = cases.get(permissions.requireManage(user), id);
        FormBinder.Bound<DecisionCommand> bound = binder.bind(body, DecisionCommand.class);
        FormErrors errors = bound.errors();
        List<DecisionActions.Input> actions = DecisionActions.read(body, errors);
        if (errors.isEmpty()) {
            try {
                decisions.record(user, kase, bound.command(), actions);
                return HttpResponse.seeOther(URI.create("/consequence/cases/" + id + "/decision?done=recorded"));
            } catch (InvalidRequestException e) {
                errors.add(switch (e.messageKey()) {
                    case "consequence.error.unit" -> "actions";
                    case "consequence.error.indicator" -> "actions";
                    default -> "alternative";
                }, e.messageKey());
            }
        }
        return form(request, HttpStatus.UNPROCESSABLE_ENTITY, kase, bound.command(), actions, errors);
    }

    private HttpResponse<String> form(HttpRequest<?> request, HttpStatus status, CaseRow kase,
                                      DecisionCommand command, List<DecisionActions.Input> actions,
                                      FormErrors errors) {
        List<DecisionActions.Input> rows = new ArrayList<>(actions);
        for (int i = 0; i < DecisionActions.EMPTY_ROWS && rows.size() < DecisionActions.MAX; i++) {
            rows.add(DecisionActions.Input.empty());
        }
        return views.page(request, status, "consequence/decision-form", Pages.model("kase", kase, "form", command,
                "actions", rows, "errors", errors, "alternatives", cases.alternatives(kase),
                "units", cases.organisationUnits(kase.organisationId()),
                "indicators", decisions.indicatorChoices(kase)));
    }

    @Get("/translations")
    HttpResponse<String> translations(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CaseRow kase = cases.get(permissions.requireManage(CurrentUser.of(auth)), id);
        Decisions.Decided decided = decisions.of(kase).orElseThrow(() -> new NotFoundException("decision"));
        List<String> languages = FeedbackPage.languages(feedback.dialogues(kase),
                FeedbackPage.originalLang(feedback.dialogues(kase)));
        return views.page(request, "consequence/decision-translations", Pages.model("kase", kase,
                "decided", decided, "languages", languages.subList(1, languages.size()),
                "fields", FeedbackTranslations.fields(decided)));
    }

    @Post("/translations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> translate(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                              @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        CaseRow kase = cases.get(permissions.requireManage(user), id);
        Decisions.Decided decided = decisions.of(kase).orElseThrow(() -> new NotFoundException("decision"));
        List<String> languages = FeedbackPage.languages(feedback.dialogues(kase),
                FeedbackPage.originalLang(feedback.dialogues(kase)));
        decisions.translate(user, decided, FeedbackTranslations.read(body, decided,
                languages.subList(1, languages.size())));
        return HttpResponse.seeOther(URI.create("/consequence/cases/" + id + "/decision?done=translated"));
    }

    @Post("/send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> send(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        CaseRow kase = cases.get(permissions.requireManage(user), id);
        Decisions.Decided decided = decisions.of(kase).orElseThrow(() -> new NotFoundException("decision"));
        int queued = mail.send(user, decided, publicUrl.of(request, "/feedback/" + decided.row().publicKey()));
        return HttpResponse.seeOther(URI.create("/consequence/cases/" + id + "/decision?done=sent&queued=" + queued));
    }

    /** Sends the feedback to the register's contacts who took part; organisation admins (personal data). */
    @Post("/send-stakeholders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> sendStakeholders(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        CaseRow kase = cases.get(permissions.requireManage(user), id);
        permissions.requireContact(user);
        Decisions.Decided decided = decisions.of(kase).orElseThrow(() -> new NotFoundException("decision"));
        int queued = stakeholders.send(user, decided, publicUrl.of(request, "/feedback/" + decided.row().publicKey()));
        return HttpResponse.seeOther(URI.create("/consequence/cases/" + id + "/decision?done=sent&queued=" + queued));
    }
}
