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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.Map;

/** Contact persons (personal data, organisation admins only): list, create, view, edit, roles, consent. */
@Controller("/stakeholders")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class ContactController {

    private final ContactRegister contacts;
    private final StakeholderPages pages;
    private final FormBinder validator;

    ContactController(ContactRegister contacts, StakeholderPages pages, FormBinder validator) {
        this.contacts = contacts;
        this.pages = pages;
        this.validator = validator;
    }

    @Get("/contacts")
    HttpResponse<String> list(HttpRequest<?> request, Authentication auth) {
        return pages.contacts(request, CurrentUser.of(auth));
    }

    @Get("/new-contact")
    HttpResponse<String> newForm(HttpRequest<?> request, Authentication auth) {
        pages.permissions().requirePersonalData(CurrentUser.of(auth));
        return pages.contactForm(request, HttpStatus.OK, null, ContactCommand.empty(), new FormErrors());
    }

    @Post("/new-contact")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requirePersonalData(user);
        return save(request, user, null, ContactCommand.from(body));
    }

    @Get("/contacts/{id}")
    HttpResponse<String> view(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        return pages.contact(request, HttpStatus.OK, CurrentUser.of(auth), id, pages.blankContactForms());
    }

    @Get("/contacts/{id}/edit")
    HttpResponse<String> editForm(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        ContactRow row = contacts.editable(CurrentUser.of(auth), id);
        return pages.contactForm(request, HttpStatus.OK, row, ContactCommand.of(row), new FormErrors());
    }

    @Post("/contacts/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                           @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        return save(request, user, contacts.editable(user, id), ContactCommand.from(body));
    }

    private HttpResponse<?> save(HttpRequest<?> request, CurrentUser user, @Nullable ContactRow existing,
                                 ContactCommand command) {
        FormErrors errors = validator.validate(command);
        if (!errors.isEmpty()) {
            return pages.contactForm(request, HttpStatus.UNPROCESSABLE_ENTITY, existing, command, errors);
        }
        long id;
        if (existing == null) {
            id = contacts.create(user, command).id();
        } else {
            contacts.update(user, existing.id(), command);
            id = existing.id();
        }
        return done(id, "saved");
    }

    @Post("/contacts/{id}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addRole(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                            @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        contacts.editable(user, id);
        PeriodCommand command = PeriodCommand.from(body);
        FormErrors errors = validator.validate(command);
        if (errors.isEmpty()) {
            try {
                contacts.addRole(user, id, command);
                return done(id, "role-added");
            } catch (InvalidRequestException e) {
                errors.add("other", e.messageKey());
            }
        }
        return pages.contact(request, HttpStatus.UNPROCESSABLE_ENTITY, user, id,
                pages.blankContactForms().withRole(command, errors));
    }

    @Post("/roles/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeRole(Authentication auth, @PathVariable long id) {
        return done(contacts.removeRole(CurrentUser.of(auth), id), "role-removed");
    }

    @Post("/contacts/{id}/withdraw-consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdrawConsent(Authentication auth, @PathVariable long id) {
        contacts.withdrawConsent(CurrentUser.of(auth), id);
        return done(id, "consent-withdrawn");
    }

    private static HttpResponse<?> done(long id, String what) {
        return HttpResponse.seeOther(URI.create("/stakeholders/contacts/" + id + "?done=" + what));
    }
}
