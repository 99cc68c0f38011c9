package se.samrad.stakeholder;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.Map;

import static se.samrad.stakeholder.OrganisationCommand.text;
import static se.samrad.stakeholder.StakeholderController.model;

/** A contact's erasure, and the retention period with the contacts due for review (organisation admins). */
@Controller("/stakeholders")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class PersonalDataController {

    private final PersonalData personalData;
    private final Retention retention;
    private final StakeholderPages pages;
    private final Views views;

    PersonalDataController(PersonalData personalData, Retention retention, StakeholderPages pages, Views views) {
        this.personalData = personalData;
        this.retention = retention;
        this.pages = pages;
        this.views = views;
    }

    /** Erases the person once the admin has ticked that it cannot be undone. */
    @Post("/contacts/{id}/erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> erase(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                          @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requirePersonalData(user);
        if (!"on".equals(text(body, "confirm"))) {
            return pages.contact(request, HttpStatus.UNPROCESSABLE_ENTITY, user, id, pages.blankContactForms()
                    .withEngagement(pages.blankContactForms().engagement(),
                            new FormErrors().add("confirm", "stakeholder.error.confirm-erase")));
        }
        personalData.erase(user, id);
        return HttpResponse.seeOther(URI.create("/stakeholders/contacts?done=erased"));
    }

    /** The contact as a vCard for an address book (admins; audited as an export of personal data). */
    @Get("/contacts/{id}/vcard")
    HttpResponse<String> vcard(Authentication auth, @PathVariable long id) {
        PersonalData.Export export = personalData.export(CurrentUser.of(auth), id);
        return HttpResponse.ok(ContactCard.of(export.contact(), export.roles()))
                .contentType("text/vcard; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"contact-" + id + ".vcf\"");
    }

    /** The retention period and the contacts past it. */
    @Get("/retention")
    HttpResponse<String> retention(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        return page(request, HttpStatus.OK, user, Integer.toString(retention.months(user)), new FormErrors());
    }

    @Post("/retention")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> setMonths(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        String months = text(body, "months");
        try {
            retention.setMonths(user, months.matches("[0-9]{1,4}") ? Integer.valueOf(months) : null);
            return HttpResponse.seeOther(URI.create("/stakeholders/retention?done=retention-saved"));
        } catch (InvalidRequestException e) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, user, months,
                    new FormErrors().add("months", e.messageKey()));
        }
    }

    /** Keeps a contact for another period after review. */
    @Post("/contacts/{id}/keep")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> keep(Authentication auth, @PathVariable long id) {
        retention.keep(CurrentUser.of(auth), id);
        return HttpResponse.seeOther(URI.create("/stakeholders/retention?done=kept"));
    }

    private HttpResponse<String> page(HttpRequest<?> request, HttpStatus status, CurrentUser user, String months,
                                      FormErrors errors) {
        return views.page(request, status, "stakeholder/retention", model("months", months, "errors", errors,
                "due", retention.due(user), "graceDays", Retention.GRACE_DAYS,
                "done", request.getParameters().get("done", String.class, "")));
    }
}
