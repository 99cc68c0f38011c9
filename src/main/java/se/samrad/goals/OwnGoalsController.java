package se.samrad.goals;

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
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation's own goals (egna mål): frameworks, focus areas and goals, and their mappings to Agenda 2030
 * targets and national objectives. Staff of the organisation read; admins, facilitators and analysts edit
 * (checked in {@link OwnGoals}). Forms with errors re-render with what was typed.
 */
@Controller("/goals/own")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
class OwnGoalsController {

    private static final int MAX_NAME = 200;
    private static final int MAX_TEXT = 4000;
    private static final int MAX_NOTE = 2000;

    private final OwnGoals ownGoals;
    private final GoalCatalogue catalogue;
    private final GoalPages pages;
    private final TargetPicker picker;
    private final Views views;

    OwnGoalsController(OwnGoals ownGoals, GoalCatalogue catalogue, GoalPages pages, TargetPicker picker, Views views) {
        this.ownGoals = ownGoals;
        this.catalogue = catalogue;
        this.pages = pages;
        this.picker = picker;
        this.views = views;
    }

    /** The organisation's own frameworks and, for editors, the form for a new one. */
    @Get
    @Consumes(MediaType.ALL)
    HttpResponse<String> index(HttpRequest<?> request, Authentication auth) {
        return renderIndex(request, HttpStatus.OK, CurrentUser.of(auth), new FormErrors(), Map.of(), Map.of());
    }

    /** Creates a framework (a vision with focus areas). */
    @Post
    HttpResponse<?> create(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Map<String, String> names = translations(form, "name");
        Map<String, String> descriptions = translations(form, "description");
        FormErrors errors = validateTexts(names, descriptions, "name", "description", MAX_NAME);
        if (!errors.isEmpty()) {
            return renderIndex(request, HttpStatus.UNPROCESSABLE_ENTITY, user, errors, names, descriptions);
        }
        Framework created = ownGoals.createFramework(user, names, descriptions);
        return HttpResponse.seeOther(URI.create("/goals/" + created.key()));
    }

    /** Renames or re-describes a framework. */
    @Post("/{key}")
    HttpResponse<?> update(HttpRequest<?> request, Authentication auth, @PathVariable String key,
                           @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Map<String, String> names = translations(form, "name");
        Map<String, String> descriptions = translations(form, "description");
        FormErrors errors = validateTexts(names, descriptions, "name", "description", MAX_NAME);
        if (!errors.isEmpty()) {
            return pages.framework(request, HttpStatus.UNPROCESSABLE_ENTITY, user, key,
                    Map.of("errors", errors, "names", names, "descriptions", descriptions));
        }
        ownGoals.updateFramework(user, key, names, descriptions);
        return HttpResponse.seeOther(URI.create("/goals/" + key + "?done=saved"));
    }

    @Post("/{key}/delete")
    HttpResponse<?> delete(Authentication auth, @PathVariable String key) {
        ownGoals.deleteFramework(CurrentUser.of(auth), key);
        return HttpResponse.seeOther(URI.create("/goals/own?done=deleted"));
    }

    /** Adds a focus area, or a goal under one ({@code parent}). */
    @Post("/{key}/goals")
    HttpResponse<?> addGoal(HttpRequest<?> request, Authentication auth, @PathVariable String key,
                            @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Map<String, String> titles = translations(form, "title");
        Map<String, String> descriptions = translations(form, "goal-description");
        String code = Forms.value(form, "code");
        String parent = Forms.value(form, "parent");
        FormErrors errors = validateTexts(titles, descriptions, "title", "goal-description", 300);
        if (errors.isEmpty()) {
            try {
                GoalElement added = ownGoals.addElement(user, key, parent, code, titles, descriptions);
                return HttpResponse.seeOther(URI.create("/goals/" + key + "?done=added#goal-" + added.code()));
            } catch (InvalidRequestException e) {
                errors.add("code", e.messageKey());
            }
        }
        return pages.framework(request, HttpStatus.UNPROCESSABLE_ENTITY, user, key, Map.of("errors", errors,
                "newTitles", titles, "newDescriptions", descriptions, "newCode", code == null ? "" : code,
                "newParent", parent == null ? "" : parent));
    }

    /** Changes a focus area's or goal's code, titles and descriptions. */
    @Post("/{key}/{code}")
    HttpResponse<?> updateGoal(HttpRequest<?> request, Authentication auth, @PathVariable String key,
                               @PathVariable String code, @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Map<String, String> titles = translations(form, "title");
        Map<String, String> descriptions = translations(form, "goal-description");
        String newCode = Forms.value(form, "code");
        FormErrors errors = validateTexts(titles, descriptions, "title", "goal-description", 300);
        if (errors.isEmpty()) {
            try {
                ownGoals.updateElement(user, key, code, newCode, titles, descriptions);
                String now = newCode == null || newCode.isBlank() ? code : newCode.strip();
                return HttpResponse.seeOther(URI.create("/goals/" + key + "/" + now + "?done=saved"));
            } catch (InvalidRequestException e) {
                errors.add("code", e.messageKey());
            }
        }
        return pages.element(request, HttpStatus.UNPROCESSABLE_ENTITY, user, key, code, Map.of("errors", errors,
                "titles", titles, "descriptions", descriptions, "code", newCode == null ? "" : newCode));
    }

    @Post("/{key}/{code}/delete")
    HttpResponse<?> deleteGoal(Authentication auth, @PathVariable String key, @PathVariable String code) {
        ownGoals.deleteElement(CurrentUser.of(auth), key, code);
        return HttpResponse.seeOther(URI.create("/goals/" + key + "?done=deleted"));
    }

    /**
     * Maps a goal to the targets chosen in the picker, with a note. Sent with the picker's search button (no
     * JavaScript), it only filters the picker and keeps everything chosen and typed.
     */
    @Post("/{key}/{code}/mappings")
    HttpResponse<?> addMappings(HttpRequest<?> request, Authentication auth, @PathVariable String key,
                                @PathVariable String code, @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        var chosen = TargetPicker.selected(form, GoalPages.PICKER);
        String note = Forms.value(form, "note");
        note = note == null ? "" : note.strip();
        FormErrors errors = new FormErrors();
        boolean search = TargetPicker.isSearch(form, GoalPages.PICKER);
        if (!search) {
            errors.maxLength("note", note, MAX_NOTE);
            if (chosen.isEmpty()) {
                errors.add(GoalPages.PICKER, "goals.error.choose-target");
            }
            if (errors.isEmpty()) {
                try {
                    int added = ownGoals.addMappings(user, key, code, chosen, note);
                    return HttpResponse.seeOther(URI.create("/goals/" + key + "/" + code + "?added=" + added));
                } catch (InvalidRequestException e) {
                    errors.add(GoalPages.PICKER, e.messageKey());
                }
            }
        }
        String lang = views.language(request).code();
        String query = Forms.value(form, GoalPages.PICKER + TargetPicker.QUERY_SUFFIX);
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put("note", note);
        model.put("picker", picker.model(GoalPages.PICKER, lang, catalogue.builtIn(), chosen, query));
        model.put("focusPicker", search);
        return pages.element(request, search ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY, user, key, code, model);
    }

    /** Changes a mapping's note. */
    @Post("/mappings/{id}")
    HttpResponse<?> updateMapping(Authentication auth, @PathVariable long id, @Body Map<String, Object> form) {
        String note = Forms.value(form, "note");
        note = note == null ? "" : note.strip();
        if (note.length() > MAX_NOTE) {
            throw new InvalidRequestException("form.error.too-long");
        }
        Mapping mapping = ownGoals.updateMapping(CurrentUser.of(auth), id, note);
        return HttpResponse.seeOther(URI.create(backTo(mapping) + "?done=saved"));
    }

    @Post("/mappings/{id}/delete")
    HttpResponse<?> deleteMapping(Authentication auth, @PathVariable long id) {
        Mapping mapping = ownGoals.deleteMapping(CurrentUser.of(auth), id);
        return HttpResponse.seeOther(URI.create(backTo(mapping) + "?done=removed"));
    }

    private static String backTo(Mapping mapping) {
        return "/goals/" + mapping.sourceFramework().key() + "/" + mapping.source().code();
    }

    /** A text written in every UI language, as the {@code translatedInput} macro sends it. */
    private Map<String, String> translations(Map<String, Object> form, String field) {
        return Forms.translations(form, field, pages.languageCodes());
    }

    private FormErrors validateTexts(Map<String, String> titles, Map<String, String> descriptions, String titleField,
                                     String descriptionField, int maxTitle) {
        FormErrors errors = new FormErrors();
        String reference = pages.languageCodes().get(0);
        if (!titles.containsKey(reference)) {
            errors.add(titleField + "-" + reference, "form.error.required");
        }
        titles.forEach((lang, text) -> errors.maxLength(titleField + "-" + lang, text, maxTitle));
        descriptions.forEach((lang, text) -> errors.maxLength(descriptionField + "-" + lang, text, MAX_TEXT));
        return errors;
    }

    private HttpResponse<String> renderIndex(HttpRequest<?> request, HttpStatus status, CurrentUser user,
                                             FormErrors errors, Map<String, String> names,
                                             Map<String, String> descriptions) {
        Map<String, Object> model = new HashMap<>();
        model.put("frameworks", catalogue.owned(user.requireOrganisation()));
        model.put("canEdit", OwnGoals.canEdit(user));
        model.put("errors", errors);
        model.put("names", names);
        model.put("descriptions", descriptions);
        model.put("done", request.getParameters().get("done", String.class, ""));
        return views.page(request, status, "goals/own", model);
    }
}
