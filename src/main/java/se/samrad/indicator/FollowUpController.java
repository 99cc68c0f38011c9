package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.pdf.PdfRenderer;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.Views;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static se.samrad.indicator.IndicatorPages.model;

/**
 * The follow-up table (grouped, columns chosen, exported as CSV, XLSX and PDF, printable), the deviations first for
 * the analysis group's meeting, and the published follow-up for residents.
 */
@Controller
@Produces(Views.HTML_VALUE)
class FollowUpController {

    private final FollowUp followUp;
    private final FollowUpExport export;
    private final ComparisonAreas areas;
    private final IndicatorPermissions permissions;
    private final Views views;
    private final PdfRenderer pdf;
    private final IndicatorInputs inputs;

    FollowUpController(FollowUp followUp, FollowUpExport export, ComparisonAreas areas,
                       IndicatorPermissions permissions, Views views, PdfRenderer pdf, IndicatorInputs inputs) {
        this.inputs = inputs;
        this.pdf = pdf;
        this.followUp = followUp;
        this.export = export;
        this.areas = areas;
        this.permissions = permissions;
        this.views = views;
    }

    /** The follow-up table for staff who read indicators. */
    @Get("/indicators/follow-up")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<String> table(HttpRequest<?> request, Authentication auth, @Nullable @QueryValue String group) {
        long organisationId = permissions.requireRead(CurrentUser.of(auth));
        return page(request, organisationId, grouping(group), columns(request), false);
    }

    /** The follow-up table as CSV. */
    @Get("/indicators/follow-up.csv")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Produces("text/csv;charset=utf-8")
    HttpResponse<byte[]> csv(HttpRequest<?> request, Authentication auth, @Nullable @QueryValue String group) {
        long organisationId = permissions.requireRead(CurrentUser.of(auth));
        String csv = export.csv(table(request, organisationId, group));
        return attachment(csv.getBytes(StandardCharsets.UTF_8), "text/csv;charset=utf-8", "uppfoljning.csv");
    }

    /** The follow-up table as XLSX. */
    @Get("/indicators/follow-up.xlsx")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    HttpResponse<byte[]> xlsx(HttpRequest<?> request, Authentication auth, @Nullable @QueryValue String group) {
        long organisationId = permissions.requireRead(CurrentUser.of(auth));
        return attachment(export.xlsx(table(request, organisationId, group)),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "uppfoljning.xlsx");
    }

    /** The follow-up table as a printable PDF, grouped and with the columns chosen as on the page. */
    @Get("/indicators/follow-up.pdf")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Produces("application/pdf")
    HttpResponse<byte[]> pdf(HttpRequest<?> request, Authentication auth, @Nullable @QueryValue String group) {
        long organisationId = permissions.requireRead(CurrentUser.of(auth));
        var document = export.document(table(request, organisationId, group), views.language(request));
        byte[] body = pdf.render(views.render(request, "platform/pdf-document", Map.of("document", document)));
        return attachment(body, "application/pdf", "uppfoljning.pdf");
    }

    /** The indicators that moved away from their target or worsened, per responsible unit. */
    @Get("/indicators/deviations")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<String> deviations(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        long organisationId = permissions.requireRead(user);
        List<FollowUp.Group> groups = followUp.groups(organisationId, FollowUp.Grouping.UNIT).stream()
                .map(g -> new FollowUp.Group(g.key(), g.goal(), g.labelKey(), g.label(), g.rows().stream()
                        .filter(r -> r.figures().signal().deviates())
                        .filter(distinctIndicator()).toList()))
                .filter(g -> !g.rows().isEmpty()).toList();
        return views.page(request, "indicator/deviations", model("groups", groups,
                "startable", inputs.startable(user)));
    }

    /** The follow-up an organisation has published, for anyone (404 when it has not). */
    @Get("/follow-up/{organisationId}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> published(HttpRequest<?> request, @PathVariable long organisationId,
                                   @Nullable @QueryValue String group) {
        if (!areas.settings(organisationId).published()) {
            throw new NotFoundException("follow-up " + organisationId);
        }
        return page(request, organisationId, grouping(group), EnumSet.allOf(FollowUp.Column.class), true);
    }

    private HttpResponse<String> page(HttpRequest<?> request, long organisationId, FollowUp.Grouping grouping,
                                      Set<FollowUp.Column> columns, boolean published) {
        return views.page(request, "indicator/follow-up", model("groups", followUp.groups(organisationId, grouping),
                "grouping", grouping.name(), "groupings", IndicatorPages.names(FollowUp.Grouping.values()),
                "columns", columns.stream().map(Enum::name).toList(),
                "allColumns", IndicatorPages.names(FollowUp.Column.values()), "published", published,
                "query", request.getUri().getRawQuery() == null ? "" : request.getUri().getRawQuery(),
                "organisationId", organisationId,
                "isPublic", areas.settings(organisationId).published()));
    }

    private List<List<String>> table(HttpRequest<?> request, long organisationId, @Nullable String group) {
        return export.table(followUp.groups(organisationId, grouping(group)), columns(request),
                views.language(request));
    }

    private static java.util.function.Predicate<FollowUp.Row> distinctIndicator() {
        Set<Long> seen = new java.util.HashSet<>();
        return r -> seen.add(r.figures().indicator().id());
    }

    static FollowUp.Grouping grouping(@Nullable String group) {
        for (FollowUp.Grouping g : FollowUp.Grouping.values()) {
            if (g.name().equals(group)) {
                return g;
            }
        }
        return FollowUp.Grouping.GOAL;
    }

    /** The columns chosen ({@code col} sent several times); all of them when none is. */
    static Set<FollowUp.Column> columns(HttpRequest<?> request) {
        List<String> chosen = request.getParameters().getAll("col");
        Set<FollowUp.Column> columns = EnumSet.noneOf(FollowUp.Column.class);
        for (FollowUp.Column c : FollowUp.Column.values()) {
            if (chosen.contains(c.name())) {
                columns.add(c);
            }
        }
        return columns.isEmpty() ? EnumSet.allOf(FollowUp.Column.class) : columns;
    }

    private static HttpResponse<byte[]> attachment(byte[] body, String type, String name) {
        return HttpResponse.ok(body).contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
