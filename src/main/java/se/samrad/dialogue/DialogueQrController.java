package se.samrad.dialogue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.QrCodes;
import se.samrad.platform.web.Views;

/** A dialogue's public link as a QR code for posters and slides, for all staff of its organisation. */
@Controller("/dialogues/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Consumes(MediaType.ALL)
class DialogueQrController {

    private final Dialogues dialogues;
    private final DialoguePages pages;
    private final Views views;

    DialogueQrController(Dialogues dialogues, DialoguePages pages, Views views) {
        this.dialogues = dialogues;
        this.pages = pages;
        this.views = views;
    }

    /** The public link as a QR code for posters (PNG). */
    @Get(value = "/qr.png", produces = "image/png")
    HttpResponse<byte[]> qrPng(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        Dialogue dialogue = dialogues.get(CurrentUser.of(auth), id);
        return HttpResponse.ok(QrCodes.png(pages.publicLink(request, dialogue))).contentType("image/png")
                .header("Content-Disposition", "attachment; filename=\"dialogue-" + id + "-qr.png\"");
    }

    /** The public link as a QR code in SVG, which prints sharp at any size. */
    @Get(value = "/qr.svg", produces = "image/svg+xml")
    HttpResponse<String> qrSvg(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        Dialogue dialogue = dialogues.get(CurrentUser.of(auth), id);
        String lang = views.language(request).code();
        String title = views.message(request, "dialogue.staff.qr.alt", dialogue.title(lang).value());
        var response = HttpResponse.ok(QrCodes.svg(pages.publicLink(request, dialogue), title))
                .contentType("image/svg+xml;charset=utf-8");
        if (request.getParameters().contains("download")) {
            response.header("Content-Disposition", "attachment; filename=\"dialogue-" + id + "-qr.svg\"");
        }
        return response;
    }
}
