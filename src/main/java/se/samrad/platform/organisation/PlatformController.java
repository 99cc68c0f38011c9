package se.samrad.platform.organisation;

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
import se.samrad.platform.account.InvitationService;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.PublicUrl;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Platform administration: organisations (tenants), their first admins, and networks. */
@Controller("/platform")
@Secured(Role.PLATFORM_ADMIN_NAME)
@Produces(Views.HTML_VALUE)
public class PlatformController {

    private final OrganisationService organisations;
    private final NetworkService networks;
    private final InvitationService invitations;
    private final PublicUrl publicUrl;
    private final Views views;
    private final FormBinder binder;

    public PlatformController(OrganisationService organisations, NetworkService networks,
                              InvitationService invitations, PublicUrl publicUrl, Views views,
                              FormBinder binder) {
        this.organisations = organisations;
        this.networks = networks;
        this.invitations = invitations;
        this.publicUrl = publicUrl;
        this.views = views;
        this.binder = binder;
    }

    @Get("/organisations")
    public HttpResponse<String> organisations(HttpRequest<?> request, @Nullable @QueryValue String done) {
        return renderOrganisations(request, HttpStatus.OK, Map.of("done", done == null ? "" : done));
    }

    /** Creates an organisation and, when an e-mail is given, an invitation for its first admin. */
    @Post("/organisations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> createOrganisation(HttpRequest<?> request, Authentication auth,
                                              @Body Map<String, Object> form) {
        CurrentUser admin = CurrentUser.of(auth);
        FormBinder.Bound<OrganisationCommand> bound = binder.bind(form, OrganisationCommand.class);
        FormErrors errors = bound.errors();
        OrganisationCommand command = bound.command();
        Organisation created = null;
        if (errors.isEmpty()) {
            try {
                created = organisations.create(admin, command.name(), command.kind(), command.parentId());
            } catch (InvalidRequestException e) {
                errors.add("name", e.messageKey());
            }
        }
        if (!errors.isEmpty()) {
            return renderOrganisations(request, HttpStatus.UNPROCESSABLE_ENTITY, Map.of("errors", errors,
                    "formName", typed(form, "name"), "formKind", typed(form, "kind"),
                    "formParent", typed(form, "parentId"), "formAdminEmail", typed(form, "adminEmail")));
        }
        String adminEmail = command.adminEmail();
        if (adminEmail == null || adminEmail.isBlank()) {
            return HttpResponse.seeOther(URI.create("/platform/organisations?done=created"));
        }
        try {
            InvitationService.Created invitation = invitations.inviteFirstAdmin(admin, created.id(), adminEmail);
            return renderOrganisations(request, HttpStatus.OK, Map.of("createdLink",
                    publicUrl.of(request, "/invite/" + invitation.token()), "createdEmail", invitation.invitation().email(),
                    "done", "created"));
        } catch (InvalidRequestException e) {
            return renderOrganisations(request, HttpStatus.UNPROCESSABLE_ENTITY, Map.of("actionError", e.messageKey()));
        }
    }

    /** A further admin invitation for an existing organisation (e.g. when its only admin left). */
    @Post("/organisations/{id}/invite-admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> inviteAdmin(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                       @Nullable String adminEmail) {
        organisations.get(id);
        if (adminEmail == null || !adminEmail.contains("@")) {
            return renderOrganisations(request, HttpStatus.UNPROCESSABLE_ENTITY, Map.of("actionError", "form.error.email"));
        }
        try {
            InvitationService.Created invitation = invitations.inviteFirstAdmin(CurrentUser.of(auth), id, adminEmail);
            return renderOrganisations(request, HttpStatus.OK, Map.of("createdLink",
                    publicUrl.of(request, "/invite/" + invitation.token()), "createdEmail", invitation.invitation().email()));
        } catch (InvalidRequestException e) {
            return renderOrganisations(request, HttpStatus.UNPROCESSABLE_ENTITY, Map.of("actionError", e.messageKey()));
        }
    }

    @Get("/networks")
    public HttpResponse<String> networks(HttpRequest<?> request, @Nullable @QueryValue String done) {
        return renderNetworks(request, HttpStatus.OK, Map.of("done", done == null ? "" : done));
    }

    @Post("/networks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> createNetwork(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> form) {
        FormBinder.Bound<NetworkCommand> bound = binder.bind(form, NetworkCommand.class);
        FormErrors errors = bound.errors();
        String name = bound.command().name();
        String description = bound.command().description();
        if (errors.isEmpty()) {
            try {
                networks.create(CurrentUser.of(auth), name, description);
                return HttpResponse.seeOther(URI.create("/platform/networks?done=created"));
            } catch (InvalidRequestException e) {
                errors.add("name", e.messageKey());
            }
        }
        return renderNetworks(request, HttpStatus.UNPROCESSABLE_ENTITY, Map.of("errors", errors,
                "formName", name == null ? "" : name, "formDescription", description == null ? "" : description));
    }

    @Post("/networks/{id}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> addMember(Authentication auth, @PathVariable long id, @Body Map<String, Object> form) {
        FormBinder.Bound<MemberCommand> member = binder.bind(form, MemberCommand.class);
        if (!member.valid()) {
            throw new InvalidRequestException("form.error.choose");
        }
        networks.addMember(CurrentUser.of(auth), id, member.command().organisationId(), member.command().coordinator());
        return HttpResponse.seeOther(URI.create("/platform/networks?done=member-added"));
    }

    @Post("/networks/{id}/members/{organisationId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> removeMember(Authentication auth, @PathVariable long id, @PathVariable long organisationId) {
        networks.removeMember(CurrentUser.of(auth), id, organisationId);
        return HttpResponse.seeOther(URI.create("/platform/networks?done=member-removed"));
    }

    private HttpResponse<String> renderOrganisations(HttpRequest<?> request, HttpStatus status,
                                                     Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>();
        model.put("organisations", organisations.all());
        model.put("kinds", Arrays.stream(OrganisationKind.values()).map(Enum::name).toList());
        model.put("errors", new FormErrors());
        model.put("formName", "");
        model.put("formKind", "");
        model.put("formParent", "");
        model.put("formAdminEmail", "");
        model.put("createdLink", "");
        model.put("createdEmail", "");
        model.put("actionError", "");
        model.put("done", "");
        model.putAll(extra);
        return views.page(request, status, "platform/platform-organisations", model);
    }

    private HttpResponse<String> renderNetworks(HttpRequest<?> request, HttpStatus status, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>();
        var list = networks.all().stream().map(n -> Map.of("network", n, "members", networks.members(n.id()))).toList();
        model.put("networks", list);
        model.put("organisations", organisations.all());
        model.put("errors", new FormErrors());
        model.put("formName", "");
        model.put("formDescription", "");
        model.put("done", "");
        model.putAll(extra);
        return views.page(request, status, "platform/platform-networks", model);
    }

    /** What was typed in a field, for re-rendering the form. */
    private static String typed(Map<String, Object> form, String field) {
        String value = Forms.value(form, field);
        return value == null ? "" : value;
    }
}
