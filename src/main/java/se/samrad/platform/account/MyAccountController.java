package se.samrad.platform.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** The signed-in person's own account: details, password change and a download of their data. */
@Controller("/account")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MyAccountController {

    private final AccountService accounts;
    private final OrganisationService organisations;
    private final Views views;

    public MyAccountController(AccountService accounts, OrganisationService organisations, Views views) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.views = views;
    }

    @Get
    @Produces(Views.HTML_VALUE)
    public HttpResponse<String> show(HttpRequest<?> request, Authentication auth, @Nullable @QueryValue String done) {
        return render(request, HttpStatus.OK, CurrentUser.of(auth), new FormErrors(), done);
    }

    /** Changes the password; every session of the account ends, so the person signs in again. */
    @Post("/password")
    @Produces(Views.HTML_VALUE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> changePassword(HttpRequest<?> request, Authentication auth,
                                          @Nullable String currentPassword, @Nullable String newPassword,
                                          @Nullable String newPasswordConfirmation) {
        CurrentUser user = CurrentUser.of(auth);
        FormErrors errors = new FormErrors().require("currentPassword", currentPassword);
        Passwords.checkNewPassword(errors, "newPassword", newPassword, "newPasswordConfirmation",
                newPasswordConfirmation, user.email(), user.displayName());
        if (errors.isEmpty() && !accounts.changePassword(user, currentPassword, newPassword)) {
            errors.add("currentPassword", "account.error.wrong-password");
        }
        if (!errors.isEmpty()) {
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, user, errors, null);
        }
        return HttpResponse.seeOther(URI.create("/login?changed=1"));
    }

    /** Everything stored about the account holder as a JSON download (GDPR right of access). */
    @Get("/export")
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<Map<String, Object>> export(Authentication auth) {
        return HttpResponse.ok(accounts.export(CurrentUser.of(auth)))
                .header("Content-Disposition", "attachment; filename=\"samrad-my-data.json\"");
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, CurrentUser user,
                                        FormErrors errors, @Nullable String done) {
        Map<String, Object> model = new HashMap<>();
        model.put("account", user);
        model.put("organisation", user.organisationId() == null ? "" : organisations.get(user.organisationId()).name());
        model.put("roles", user.roles().stream().map(Enum::name).sorted().toList());
        model.put("errors", errors);
        model.put("done", done == null ? "" : done);
        model.put("minLength", Passwords.MIN_LENGTH);
        return views.page(request, status, "platform/account", model);
    }
}
