package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.i18n.Messages;
import se.samrad.platform.participation.Occasion;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.PublicUrl;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static se.samrad.stakeholder.StakeholderController.model;

/**
 * Inviting contacts to a dialogue or a workshop (organisation admins): choose the occasion, filter and tick
 * contacts, send through the outbox or export for a mail merge; the invited and what became of them below.
 */
@Controller("/stakeholders")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class InvitationController {

    private final Invitations invitations;
    private final StakeholderPermissions permissions;
    private final Messages messages;
    private final PublicUrl publicUrl;
    private final Views views;

    InvitationController(Invitations invitations, StakeholderPermissions permissions, Messages messages,
                         PublicUrl publicUrl, Views views) {
        this.invitations = invitations;
        this.permissions = permissions;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.views = views;
    }

    @Get("/invitations")
    HttpResponse<String> page(HttpRequest<?> request, Authentication auth, @Nullable @QueryValue String occasion,
                              @Nullable @QueryValue String q) {
        CurrentUser user = CurrentUser.of(auth);
        permissions.requirePersonalData(user);
        return render(request, HttpStatus.OK, user, occasion, q, List.of(), views.language(request).code(),
                new FormErrors());
    }

    @Post("/invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> invite(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        permissions.requirePersonalData(user);
        String lang = views.language(request).code();
        String value = Forms.value(body, "occasion");
        String q = Forms.value(body, "q");
        Occasion occasion = invitations.occasion(user, value, lang);
        List<String> chosen = Forms.values(body, "contact");
        String language = Forms.value(body, "language");
        FormErrors errors = new FormErrors();
        if (language == null || messages.language(language).isEmpty()) {
            errors.add("language", "form.error.choose");
        }
        if (chosen.isEmpty() || !chosen.stream().allMatch(c -> c.matches("[0-9]{1,18}"))) {
            errors.add("contacts", "stakeholder.invitation.error.choose");
        }
        if (errors.isEmpty()) {
            try {
                // the occasion's title in the invitation's language
                int count = invitations.invite(user, invitations.occasion(user, value, language), chosen.stream().map(Long::valueOf).toList(), language,
                        "yes".equals(Forms.value(body, "mail")), publicUrl.of(request, ""));
                return HttpResponse.seeOther(URI.create("/stakeholders/invitations?occasion="
                        + Invitations.value(occasion) + "&invited=" + count));
            } catch (InvalidRequestException e) {
                errors.add("contacts", e.messageKey());
            }
        }
        return render(request, HttpStatus.UNPROCESSABLE_ENTITY, user, value, q, chosen,
                language == null ? lang : language, errors);
    }

    @Get("/invitations.csv")
    HttpResponse<byte[]> csv(Authentication auth, @Nullable @QueryValue String occasion) {
        CurrentUser user = CurrentUser.of(auth);
        Occasion found = invitations.occasion(user, occasion, "sv");
        return attachment(invitations.csv(user, found), "invitations-" + Invitations.value(found).toLowerCase()
                + ".csv");
    }

    @Get("/outbox.csv")
    HttpResponse<byte[]> outbox(Authentication auth) {
        return attachment(invitations.outboxCsv(CurrentUser.of(auth)), "outbox.csv");
    }

    private static HttpResponse<byte[]> attachment(String csv, String name) {
        return HttpResponse.ok(csv.getBytes(StandardCharsets.UTF_8)).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store");
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, CurrentUser user,
                                        @Nullable String value, @Nullable String q, List<String> chosen,
                                        String language, FormErrors errors) {
        String lang = views.language(request).code();
        List<Occasion> occasions = invitations.occasions(user, lang);
        Occasion occasion = value == null || value.isBlank() ? null : invitations.occasion(user, value, lang);
        List<List<String>> options = occasions.stream().map(o -> List.of(Invitations.value(o),
                messages.get(views.language(request), "stakeholder.invitation.kind." + o.kind()) + ": " + o.title()))
                .toList();
        List<List<String>> languages = messages.languages().stream().map(l -> List.of(l.code(), l.nativeName()))
                .toList();
        return views.page(request, status, "stakeholder/invitations", model("occasions", options,
                "occasion", occasion == null ? "" : occasion, "occasionValue", occasion == null ? ""
                        : Invitations.value(occasion), "q", q == null ? "" : q,
                "candidates", occasion == null ? List.of() : invitations.candidates(user, occasion, q),
                "invited", occasion == null ? List.of() : invitations.invited(user, occasion),
                "chosen", chosen, "language", language, "languages", languages, "errors", errors,
                "sending", invitations.sending(),
                "done", request.getParameters().get("invited", String.class, ""),
                "query", q == null ? "" : URLEncoder.encode(q, StandardCharsets.UTF_8)));
    }

}
