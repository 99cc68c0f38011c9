package se.samrad.consequence;

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
import se.samrad.platform.i18n.Language;
import se.samrad.platform.pdf.PdfRenderer;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.DocumentSlots;
import se.samrad.platform.web.Views;

/**
 * The decision basis (beslutsunderlag) of a case: a page, a printable PDF and a DOCX for the case system. The PDF and
 * the DOCX are made in the server's document slots ({@link DocumentSlots}): beyond them 503 with Retry-After.
 */
@Controller("/consequence/cases/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
class DecisionBasisController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Cases cases;
    private final DecisionBasis basis;
    private final DecisionBasisDocx docx;
    private final PdfRenderer pdf;
    private final ConsequencePermissions permissions;
    private final Views views;
    private final DocumentSlots slots;

    DecisionBasisController(Cases cases, DecisionBasis basis, DecisionBasisDocx docx, PdfRenderer pdf,
                            ConsequencePermissions permissions, Views views, DocumentSlots slots) {
        this.slots = slots;
        this.cases = cases;
        this.basis = basis;
        this.docx = docx;
        this.pdf = pdf;
        this.permissions = permissions;
        this.views = views;
    }

    @Get("/basis")
    @Produces(Views.HTML_VALUE)
    HttpResponse<String> page(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CaseRow kase = cases.get(permissions.requireRead(CurrentUser.of(auth)), id);
        return views.page(request, "consequence/basis", Pages.model("kase", kase, "basis",
                basis.of(kase, views.language(request).code())));
    }

    @Get("/basis.pdf")
    @Produces("application/pdf")
    HttpResponse<byte[]> pdf(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CaseRow kase = cases.get(permissions.requireRead(CurrentUser.of(auth)), id);
        String xhtml = views.render(request, "consequence/basis-pdf", Pages.model("kase", kase,
                "basis", basis.of(kase, views.language(request).code())));
        return download(pdf.render(xhtml), "application/pdf", kase, "pdf");
    }

    @Get("/basis.docx")
    @Produces(DOCX)
    HttpResponse<byte[]> docx(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CaseRow kase = cases.get(permissions.requireRead(CurrentUser.of(auth)), id);
        Language language = views.language(request);
        DecisionBasis.Basis model = basis.of(kase, language.code());
        byte[] body = slots.run(() -> docx.write(model, language.code(), language.rtl(),
                (key, args) -> views.message(request, key, args)));
        return download(body, DOCX, kase, "docx");
    }

    private static HttpResponse<byte[]> download(byte[] body, String type, CaseRow kase, String extension) {
        return HttpResponse.ok(body).contentType(MediaType.of(type)).header("Content-Disposition",
                "attachment; filename=\"beslutsunderlag-" + kase.id() + "." + extension + "\"");
    }
}
