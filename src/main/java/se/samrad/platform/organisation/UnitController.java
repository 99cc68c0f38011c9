package se.samrad.platform.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import se.samrad.platform.web.FormErrors;
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

    public UnitController(OrganisationService organisations, NetworkService networks, Views views) {
        this.organisations = organisations;
        this.networks = networks;
        this.views = views;
    }

    /** The organisation, its networks, its unit tree and the form for a new unit. */
    @Get
    public HttpResponse<String> show(HttpRequest<?> request, Authentication auth, @Nullable @QueryValue String done) {
        return render(request, HttpStatus.OK, CurrentUser.of(auth), Map.of("done", done == null ? "" : done));
    }

    @Post("/units")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, Authentication auth, @Nullable String name,
                                  @Nullable String kind, @Nullable String parentId) {
        CurrentUser admin = CurrentUser.of(auth);
        FormErrors errors = validate(name, kind);
        if (!errors.isEmpty()) {
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, admin, form(errors, name, kind, parentId));
        }
        organisations.createUnit(admin, name, UnitKind.valueOf(kind), parseId(parentId));
        return HttpResponse.seeOther(URI.create("/admin/organisation?done=created"));
    }

    /** The edit form for one unit of the admin's own organisation. */
    @Get("/units/{id}")
    public HttpResponse<String> edit(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser admin = CurrentUser.of(auth);
        OrgUnit unit = organisations.unit(admin, id);
        return renderEdit(request, HttpStatus.OK, admin, unit, new FormErrors(), unit.name(), unit.kind().name(),
                unit.parentId() == null ? "" : unit.parentId().toString());
    }

    @Post("/units/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> update(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                  @Nullable String name, @Nullable String kind, @Nullable String parentId) {
        CurrentUser admin = CurrentUser.of(auth);
        OrgUnit unit = organisations.unit(admin, id);
        FormErrors errors = validate(name, kind);
        if (errors.isEmpty()) {
            try {
                organisations.updateUnit(admin, id, name, UnitKind.valueOf(kind), parseId(parentId));
                return HttpResponse.seeOther(URI.create("/admin/organisation?done=updated"));
            } catch (InvalidRequestException e) {
                errors.add("parentId", e.messageKey());
            }
        }
        return renderEdit(request, HttpStatus.UNPROCESSABLE_ENTITY, admin, unit, errors, name, kind, parentId);
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

    private static FormErrors validate(@Nullable String name, @Nullable String kind) {
        FormErrors errors = new FormErrors().require("name", name).maxLength("name", name, 200);
        if (kind == null || Arrays.stream(UnitKind.values()).noneMatch(k -> k.name().equals(kind))) {
            errors.add("kind", "form.error.choose");
        }
        return errors;
    }

    private static Map<String, Object> form(FormErrors errors, @Nullable String name, @Nullable String kind,
                                            @Nullable String parentId) {
        return Map.of("errors", errors, "formName", name == null ? "" : name, "formKind", kind == null ? "" : kind,
                "formParent", parentId == null ? "" : parentId);
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, CurrentUser admin,
                                        Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>();
        model.put("organisation", organisations.get(admin.requireOrganisation()));
        model.put("tree", organisations.unitTree(admin));
        model.put("units", organisations.units(admin));
        model.put("networks", networks.mine(admin));
        model.put("kinds", Arrays.stream(UnitKind.values()).map(Enum::name).toList());
        model.putAll(form(new FormErrors(), "", "", ""));
        model.put("actionError", "");
        model.put("done", "");
        model.putAll(extra);
        return views.page(request, status, "platform/organisation", model);
    }

    private HttpResponse<String> renderEdit(HttpRequest<?> request, HttpStatus status, CurrentUser admin, OrgUnit unit,
                                            FormErrors errors, @Nullable String name, @Nullable String kind,
                                            @Nullable String parentId) {
        Map<String, Object> model = new HashMap<>(form(errors, name, kind, parentId));
        model.put("unit", unit);
        model.put("units", organisations.units(admin).stream().filter(u -> !u.id().equals(unit.id())).toList());
        model.put("kinds", Arrays.stream(UnitKind.values()).map(Enum::name).toList());
        return views.page(request, status, "platform/unit-edit", model);
    }

    static Long parseId(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("error.bad-request");
        }
    }
}
