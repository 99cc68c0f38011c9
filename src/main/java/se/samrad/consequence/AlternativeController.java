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
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.Map;

/** Adding an alternative to a case and changing one (do nothing included: its text, resources and priority). */
@Controller("/consequence/cases/{id}/alternatives")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class AlternativeController {

    private final Cases cases;
    private final ConsequencePermissions permissions;
    private final FormBinder binder;
    private final Views views;

    AlternativeController(Cases cases, ConsequencePermissions permissions, FormBinder binder, Views views) {
        this.cases = cases;
        this.permissions = permissions;
        this.binder = binder;
        this.views = views;
    }

    @Get("/new")
    HttpResponse<String> newForm(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        long org = permissions.requireManage(CurrentUser.of(auth));
        return form(request, HttpStatus.OK, cases.get(org, id), null, AlternativeCommand.empty(), new FormErrors());
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                        @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireManage(user);
        CaseRow kase = cases.get(org, id);
        FormBinder.Bound<AlternativeCommand> bound = binder.bind(body, AlternativeCommand.class);
        if (!bound.valid()) {
            return form(request, HttpStatus.UNPROCESSABLE_ENTITY, kase, null, bound.command(), bound.errors());
        }
        cases.addAlternative(user, kase, bound.command());
        return HttpResponse.seeOther(URI.create("/consequence/cases/" + id + "?done=alternative"));
    }

    @Get("/{alternative}")
    HttpResponse<String> editForm(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                  @PathVariable long alternative) {
        long org = permissions.requireManage(CurrentUser.of(auth));
        CaseRow kase = cases.get(org, id);
        AlternativeRow alt = cases.alternative(kase, alternative);
        return form(request, HttpStatus.OK, kase, alt, AlternativeCommand.of(alt), new FormErrors());
    }

    @Post("/{alternative}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                           @PathVariable long alternative, @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireManage(user);
        CaseRow kase = cases.get(org, id);
        AlternativeRow alt = cases.alternative(kase, alternative);
        FormBinder.Bound<AlternativeCommand> bound = binder.bind(body, AlternativeCommand.class);
        if (!bound.valid()) {
            return form(request, HttpStatus.UNPROCESSABLE_ENTITY, kase, alt, bound.command(), bound.errors());
        }
        cases.updateAlternative(user, kase, alt, bound.command());
        return HttpResponse.seeOther(URI.create("/consequence/cases/" + id + "?done=alternative"));
    }

    private HttpResponse<String> form(HttpRequest<?> request, HttpStatus status, CaseRow kase, AlternativeRow alt,
                                      AlternativeCommand form, FormErrors errors) {
        return views.page(request, status, "consequence/alternative", Pages.model("kase", kase, "alternative", alt,
                "form", form, "errors", errors));
    }
}
