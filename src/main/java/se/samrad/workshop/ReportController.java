package se.samrad.workshop;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.Views;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A workshop's report: an HTML page, and the same content as CSV, XLSX and a printable PDF. Read by all staff
 * of the organisation (analysts use it in assessments); another organisation's is a 404.
 */
@Controller("/workshops/{id}/report")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ReportController {

    private final WorkshopService workshops;
    private final WorkshopReport report;
    private final ReportExports exports;
    private final Views views;

    ReportController(WorkshopService workshops, WorkshopReport report, ReportExports exports, Views views) {
        this.workshops = workshops;
        this.report = report;
        this.exports = exports;
        this.views = views;
    }

    @Get
    @Produces(Views.HTML_VALUE)
    HttpResponse<String> page(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        Workshop workshop = workshops.visible(CurrentUser.of(auth), id);
        return views.page(request, "workshop/report", report.model(workshop));
    }

    @Get("/workshop.csv")
    @Produces("text/csv")
    HttpResponse<byte[]> csv(Authentication auth, @PathVariable long id) {
        Workshop workshop = workshops.visible(CurrentUser.of(auth), id);
        byte[] body = exports.csv(WorkshopReport.COLUMNS, report.rows(workshop)).getBytes(StandardCharsets.UTF_8);
        return download(body, "text/csv;charset=utf-8", workshop, "csv");
    }

    @Get("/workshop.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    HttpResponse<byte[]> xlsx(Authentication auth, @PathVariable long id) {
        Workshop workshop = workshops.visible(CurrentUser.of(auth), id);
        byte[] body = exports.xlsx(WorkshopReport.COLUMNS, report.rows(workshop), report.matrices(workshop));
        return download(body, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workshop, "xlsx");
    }

    @Get("/workshop.pdf")
    @Produces("application/pdf")
    HttpResponse<byte[]> pdf(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        Workshop workshop = workshops.visible(CurrentUser.of(auth), id);
        Map<String, Object> model = report.model(workshop);
        byte[] body = exports.pdf(views.render(request, "workshop/report-pdf", model));
        return download(body, "application/pdf", workshop, "pdf");
    }

    private static HttpResponse<byte[]> download(byte[] body, String type, Workshop workshop, String extension) {
        return HttpResponse.ok(body).contentType(MediaType.of(type))
                .header("Content-Disposition", "attachment; filename=\"workshop-" + workshop.code() + "." + extension + "\"");
    }

}
