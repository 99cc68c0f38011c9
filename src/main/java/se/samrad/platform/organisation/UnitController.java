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
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** An organisation admin's page for the organisation and its tree of units (nämnder, förvaltningar, verksamheter). */
@Controller("/admin/organisation")
@Secured(Role.ORG_ADMIN_NAME)
@Produces(Views.HTML_VALUE)
public class UnitController {

    private final OrganisationService organisations;
    private final NetworkService networks;
    private final Views views;
    private final FormBinder binder;

    public UnitController(OrganisationService organisations, NetworkService networks, Views views,
                              FormBinder binder) {
        this.organisations = organisations;
        this.networks = networks;
        this.views = views;
        this.binder = binder;
    }

    /** The organisation, its networks, its unit tree and the form for a new unit. */
    @Get
    public HttpResponse<String> show(HttpRequest<?> request, Authentication auth, @Nullable @QueryValue String done) {
        return render(request, HttpStatus.OK, CurrentUser.of(auth), Map.of("done", done == null ? "" : done));
    }

    @Post("/units")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> form) {
        CurrentUser admin = CurrentUser.of(auth);
        FormBinder.Bound<UnitCommand> unit = binder.bind(form, UnitCommand.class);
        if (!unit.valid()) {
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, admin, form(unit.errors(), form));
        }
        UnitCommand command = unit.command();
        organisations.createUnit(admin, command.name(), command.kind(), command.parentId());
        return HttpResponse.seeOther(URI.create("/admin/organisation?done=created"));
    }

    /** The edit form for one unit of the admin's own organisation. */
    @Get("/units/{id}")
    public HttpResponse<String> edit(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser admin = CurrentUser.of(auth);
        OrgUnit unit = organisations.unit(admin, id);
        return renderEdit(request, HttpStatus.OK, admin, unit, new FormErrors(), Map.of("name", unit.name(),
                "kind", unit.kind().name(), "parentId", unit.parentId() == null ? "" : unit.parentId().toString()));
    }

    @Post("/units/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> update(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                  @Body Map<String, Object> form) {
        CurrentUser admin = CurrentUser.of(auth);
        OrgUnit unit = organisations.unit(admin, id);
        FormBinder.Bound<UnitCommand> bound = binder.bind(form, UnitCommand.class);
        if (bound.valid()) {
            UnitCommand command = bound.command();
            try {
                organisations.updateUnit(admin, id, command.name(), command.kind(), command.parentId());
                return HttpResponse.seeOther(URI.create("/admin/organisation?done=updated"));
            } catch (InvalidRequestException e) {
                bound.errors().add("parentId", e.messageKey());
            }
        }
        return renderEdit(request, HttpStatus.UNPROCESSABLE_ENTITY, admin, unit, bound.errors(), form);
    }

    @Post("/units/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> delete(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser admin = CurrentUser.of(auth);
        try {
            organisations.deleteUnit(admin, id);
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, admin, Map.of("actionError", e.messageKey()));
        }
        return HttpResponse.seeOther(URI.create("/admin/organisation?done=deleted"));
    }

    /** The form as typed, for re-rendering. */
    private static Map<String, Object> form(FormErrors errors, Map<String, Object> typed) {
        return Map.of("errors", errors, "formName", text(typed, "name"), "formKind", text(typed, "kind"),
                "formParent", text(typed, "parentId"));
    }

    private static String text(Map<String, Object> typed, String field) {
        String value = Forms.value(typed, field);
        return value == null ? "" : value;
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, CurrentUser admin,
                                        Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>();
        model.put("organisation", organisations.get(admin.requireOrganisation()));
        model.put("tree", organisations.unitTree(admin));
        model.put("units", organisations.units(admin));
        model.put("networks", networks.mine(admin));
        model.put("kinds", Arrays.stream(UnitKind.values()).map(Enum::name).toList());
        model.putAll(form(new FormErrors(), Map.of()));
        model.put("actionError", "");
        model.put("done", "");
        model.putAll(extra);
        return views.page(request, status, "platform/organisation", model);
    }

    private HttpResponse<String> renderEdit(HttpRequest<?> request, HttpStatus status, CurrentUser admin, OrgUnit unit,
                                            FormErrors errors, Map<String, Object> typed) {
        Map<String, Object> model = new HashMap<>(form(errors, typed));
        model.put("unit", unit);
        model.put("units", organisations.units(admin).stream().filter(u -> !u.id().equals(unit.id())).toList());
        model.put("kinds", Arrays.stream(UnitKind.values()).map(Enum::name).toList());
        return views.page(request, status, "platform/unit-edit", model);
    }
}
