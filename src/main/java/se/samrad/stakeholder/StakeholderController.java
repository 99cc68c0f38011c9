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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The register's start page and the stakeholder organisations: list, create, view, edit, relations. */
@Controller("/stakeholders")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class StakeholderController {

    private final StakeholderRegister register;
    private final StakeholderPages pages;
    private final FormBinder validator;
    private final StakeholderMerge merge;

    StakeholderController(StakeholderRegister register, StakeholderPages pages, FormBinder validator,
                          StakeholderMerge merge) {
        this.merge = merge;
        this.register = register;
        this.pages = pages;
        this.validator = validator;
    }

    @Get
    HttpResponse<String> index(HttpRequest<?> request, Authentication auth) {
        return pages.index(request, CurrentUser.of(auth));
    }

    @Get("/new-organisation")
    HttpResponse<String> newForm(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        return pages.organisationForm(request, HttpStatus.OK, null, OrganisationCommand.empty(), new FormErrors());
    }

    @Post("/new-organisation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        return save(request, user, null, OrganisationCommand.from(body));
    }

    @Get("/organisations/{id}")
    HttpResponse<String> view(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        return pages.organisation(request, HttpStatus.OK, CurrentUser.of(auth), id, pages.blankForms());
    }

    @Get("/organisations/{id}/edit")
    HttpResponse<String> editForm(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        StakeholderRow row = register.get(user, id);
        return pages.organisationForm(request, HttpStatus.OK, row, OrganisationCommand.of(row), new FormErrors());
    }

    @Post("/organisations/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                           @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        return save(request, user, register.get(user, id), OrganisationCommand.from(body));
    }

    private HttpResponse<?> save(HttpRequest<?> request, CurrentUser user, @Nullable StakeholderRow existing,
                                 OrganisationCommand command) {
        FormErrors errors = validator.validate(command);
        if (errors.isEmpty()) {
            try {
                StakeholderRow saved = existing == null ? register.create(user, command)
                        : register.update(user, existing.id(), command);
                return done(saved.id(), "saved");
            } catch (InvalidRequestException e) {
                errors.add("orgNumber", e.messageKey());
            }
        }
        return pages.organisationForm(request, HttpStatus.UNPROCESSABLE_ENTITY, existing, command, errors);
    }

    @Post("/organisations/{id}/relations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addRelation(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        register.get(user, id);
        PeriodCommand command = PeriodCommand.from(body);
        FormErrors errors = validator.validate(command);
        if (command.kind() == null) {
            errors.add("kind", "form.error.choose");
        }
        if (errors.isEmpty()) {
            try {
                register.addRelation(user, id, command);
                return done(id, "relation-added");
            } catch (InvalidRequestException e) {
                errors.add("other", e.messageKey());
            }
        }
        return pages.organisation(request, HttpStatus.UNPROCESSABLE_ENTITY, user, id,
                new StakeholderPages.OrganisationForms(command, pages.blankForms().placement(),
                        pages.blankForms().engagement(), errors));
    }

    @Post("/relations/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeRelation(Authentication auth, @PathVariable long id) {
        return done(register.removeRelation(CurrentUser.of(auth), id), "relation-removed");
    }

    /** Merges this organisation (a duplicate) into the one chosen, and shows the kept one. */
    @Post("/organisations/{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> merge(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                          @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        register.get(user, id);
        String into = OrganisationCommand.text(body, "into");
        try {
            if (!into.matches("[0-9]{1,18}")) {
                throw new InvalidRequestException("form.error.choose");
            }
            return done(merge.merge(user, id, Long.parseLong(into)).id(), "merged");
        } catch (InvalidRequestException e) {
            return pages.organisation(request, HttpStatus.UNPROCESSABLE_ENTITY, user, id, pages.blankForms()
                    .withEngagement(pages.blankForms().engagement(), List.of(),
                            new FormErrors().add("into", e.messageKey())));
        }
    }

    static HttpResponse<?> done(long id, String what) {
        return HttpResponse.seeOther(URI.create("/stakeholders/organisations/" + id + "?done=" + what));
    }

    static Map<String, Object> model(Object... keyValues) {
        Map<String, Object> model = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            model.put((String) keyValues[i], keyValues[i + 1]);
        }
        return model;
    }
}
