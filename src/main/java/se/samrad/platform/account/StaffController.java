package se.samrad.platform.account;

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
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.PublicUrl;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An organisation admin's staff page: accounts, roles, invitations, deactivation and erasure. */
@Controller("/admin/staff")
@Secured(Role.ORG_ADMIN_NAME)
@Produces(Views.HTML_VALUE)
public class StaffController {

    private final AccountService accounts;
    private final InvitationService invitations;
    private final OrganisationService organisations;
    private final Views views;
    private final PublicUrl publicUrl;
    private final FormBinder binder;

    public StaffController(AccountService accounts, InvitationService invitations, OrganisationService organisations,
                           Views views, PublicUrl publicUrl, FormBinder binder) {
        this.publicUrl = publicUrl;
        this.binder = binder;
        this.accounts = accounts;
        this.invitations = invitations;
        this.organisations = organisations;
        this.views = views;
    }

    /** The staff list with the invitation form. */
    @Get
    public HttpResponse<String> list(HttpRequest<?> request, Authentication auth, @Nullable @QueryValue String done) {
        CurrentUser admin = CurrentUser.of(auth);
        return render(request, HttpStatus.OK, admin, Map.of("done", done == null ? "" : done));
    }

    /** Creates a one-time invitation link and shows it to the admin once. */
    @Post("/invite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> invite(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> form) {
        CurrentUser admin = CurrentUser.of(auth);
        FormBinder.Bound<InviteCommand> bound = binder.bind(form, InviteCommand.class);
        String email = bound.command().email();
        Set<Role> chosen = bound.command().chosen();
        FormErrors errors = bound.errors();
        if (errors.isEmpty() && accounts.emailTakenIn(admin.requireOrganisation(), email)) {
            errors.add("email", "form.error.email-taken");
        }
        if (!errors.isEmpty()) {
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, admin,
                    Map.of("errors", errors, "inviteEmail", email == null ? "" : email, "inviteRoles", chosen.stream().map(Enum::name).toList()));
        }
        InvitationService.Created created = invitations.invite(admin, email, chosen);
        return render(request, HttpStatus.OK, admin, Map.of("createdLink",
                publicUrl.of(request, "/invite/" + created.token()),
                "createdEmail", created.invitation().email()));
    }

    @Post("/invitations/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> revoke(Authentication auth, @PathVariable long id) {
        invitations.revoke(CurrentUser.of(auth), id);
        return done("revoked");
    }

    /** Replaces the roles of one account of the admin's organisation. */
    @Post("/{id}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> roles(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                 @Body Map<String, Object> form) {
        CurrentUser admin = CurrentUser.of(auth);
        try {
            accounts.setRoles(admin, id, binder.bind(form, RolesCommand.class).command().chosen());
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, admin, Map.of("actionError", e.messageKey()));
        }
        return done("roles");
    }

    @Post("/{id}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> deactivate(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        return activeState(request, auth, id, false);
    }

    @Post("/{id}/reactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reactivate(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        return activeState(request, auth, id, true);
    }

    /** Erases the person's data from the account (GDPR), after a confirmation checkbox. */
    @Post("/{id}/erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> erase(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                 @Nullable String confirm) {
        CurrentUser admin = CurrentUser.of(auth);
        accounts.staffMember(admin, id);
        if (!"yes".equals(confirm)) {
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, admin, Map.of("actionError", "staff.error.confirm"));
        }
        try {
            accounts.erase(admin, id);
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, admin, Map.of("actionError", e.messageKey()));
        }
        return done("erased");
    }

    private HttpResponse<?> activeState(HttpRequest<?> request, Authentication auth, long id, boolean active) {
        CurrentUser admin = CurrentUser.of(auth);
        try {
            accounts.setActive(admin, id, active);
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, admin, Map.of("actionError", e.messageKey()));
        }
        return done(active ? "reactivated" : "deactivated");
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, CurrentUser admin,
                                        Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>();
        model.put("organisation", organisations.get(admin.requireOrganisation()));
        model.put("staff", accounts.staff(admin.requireOrganisation()));
        model.put("invitations", invitations.pending(admin));
        model.put("assignableRoles", Role.organisationRoles().stream().map(Enum::name).toList());
        model.put("errors", new FormErrors());
        model.put("inviteEmail", "");
        model.put("inviteRoles", List.of());
        model.put("createdLink", "");
        model.put("actionError", "");
        model.put("done", "");
        model.put("self", admin.accountId());
        model.putAll(extra);
        return views.page(request, status, "platform/staff", model);
    }

    private static HttpResponse<?> done(String what) {
        return HttpResponse.seeOther(URI.create("/admin/staff?done=" + what));
    }

    static Set<Role> parseRoles(@Nullable List<String> names) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                try {
                    Role role = Role.valueOf(name);
                    if (Role.organisationRoles().contains(role)) {
                        set.add(role);
                    }
                } catch (IllegalArgumentException ignored) {
                    // An unknown role name from a tampered form is dropped.
                }
            }
        }
        return set;
    }
}
