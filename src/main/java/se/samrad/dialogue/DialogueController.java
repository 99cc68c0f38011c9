package se.samrad.dialogue;

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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facilitator's side of a dialogue: the list and the create form, and a dialogue's overview with its
 * settings and texts, state changes, "what we heard" summary, public link and deletion (its QR codes are
 * {@link DialogueQrController}'s, its population shares {@link PopulationController}'s). All staff of the organisation read; organisation admins and facilitators change (checked in
 * {@link Dialogues}). Forms with errors re-render with what was typed (422).
 */
@Controller("/dialogues")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
class DialogueController {


    private final Dialogues dialogues;
    private final DialoguePermissions permissions;
    private final DialogueCodes codes;
    private final Views views;
    private final DialoguePages pages;
    private final ZoneId zone;
    private final FormBinder binder;

    DialogueController(Dialogues dialogues, DialoguePermissions permissions, DialogueCodes codes, Views views,
                       ZoneId zone, DialoguePages pages, FormBinder binder) {
        this.binder = binder;
        this.dialogues = dialogues;
        this.permissions = permissions;
        this.codes = codes;
        this.views = views;
        this.pages = pages;
        this.zone = zone;
    }

    @Get
    @Consumes(MediaType.ALL)
    HttpResponse<String> index(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        return renderIndex(request, HttpStatus.OK, user, new FormErrors(), Map.of(), defaultLanguages());
    }

    /** Creates a draft dialogue from a title and its languages; the rest is filled in on its page. */
    @Post
    HttpResponse<?> create(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        permissions.requireEditor(user);
        NewDialogueCommand command = binder.bind(form, NewDialogueCommand.class).command()
                .offered(dialogues.offerableLanguages());
        FormErrors errors = binder.validate(command);
        if (errors.isEmpty()) {
            try {
                Dialogue created = dialogues.create(user, emptyTexts().with("title", command.title()),
                        new Dialogues.Settings(command.languages(), null, null, true, false));
                return HttpResponse.seeOther(URI.create("/dialogues/" + created.id() + "?done=created"));
            } catch (InvalidRequestException e) {
                errors.add("languages", DialoguePages.staffKey(e));
            }
        }
        return renderIndex(request, HttpStatus.UNPROCESSABLE_ENTITY, user, errors, command.title(),
                command.languages());
    }

    @Get("/{id}")
    @Consumes(MediaType.ALL)
    HttpResponse<String> overview(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = dialogues.get(user, id);
        return renderOverview(request, HttpStatus.OK, user, dialogue, Map.of());
    }

    /** Saves the texts and settings. */
    @Post("/{id}")
    HttpResponse<?> update(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                           @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        DialogueSettingsCommand command = binder.bind(form, DialogueSettingsCommand.class).command()
                .offered(dialogues.offerableLanguages());
        FormErrors errors = binder.validate(command);
        if (errors.isEmpty()) {
            try {
                DialogueTexts texts = dialogue.texts();
                for (Map.Entry<String, Map<String, String>> e : command.texts().entrySet()) {
                    texts = texts.with(e.getKey(), e.getValue());
                }
                dialogues.update(user, id, texts, new Dialogues.Settings(command.languages(), command.opens(zone),
                        command.closes(zone), command.anonymous(), command.requiresCode()));
                return HttpResponse.seeOther(URI.create("/dialogues/" + id + "?done=saved"));
            } catch (InvalidRequestException e) {
                errors.add("languages", DialoguePages.staffKey(e));
            }
        }
        return renderOverview(request, HttpStatus.UNPROCESSABLE_ENTITY, user, dialogue,
                Map.of("errors", errors, "settings", command.form(), "form", "settings"));
    }

    /** Publishes, closes, reopens or archives, as {@link Dialogues#allowed} permits. */
    @Post("/{id}/state")
    HttpResponse<?> state(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                          @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        FormBinder.Bound<StateCommand> bound = binder.bind(form, StateCommand.class);
        if (!bound.valid()) {
            throw new InvalidRequestException("dialogue.staff.error.state");
        }
        DialogueState to = bound.command().to();
        try {
            dialogues.changeState(user, id, to);
            return HttpResponse.seeOther(URI.create("/dialogues/" + id + "?done=" + to.name().toLowerCase()));
        } catch (InvalidRequestException e) {
            return renderOverview(request, HttpStatus.UNPROCESSABLE_ENTITY, user, dialogue,
                    Map.of("problem", DialoguePages.staffKey(e)));
        }
    }

    /** Deletes the dialogue and every answer, once the facilitator has ticked that they understand. */
    @Post("/{id}/delete")
    HttpResponse<?> delete(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                           @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        FormBinder.Bound<DeleteCommand> bound = binder.bind(form, DeleteCommand.class);
        if (!bound.valid()) {
            return renderOverview(request, HttpStatus.UNPROCESSABLE_ENTITY, user, dialogue,
                    Map.of("errors", bound.errors(), "form", "delete"));
        }
        dialogues.delete(user, id);
        return HttpResponse.seeOther(URI.create("/dialogues?done=deleted"));
    }

    /** Saves, publishes or withdraws the "what we heard" summary. */
    @Post("/{id}/summary")
    HttpResponse<?> summary(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                            @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        SummaryCommand command = binder.bind(form, SummaryCommand.class).command()
                .offered(dialogues.offerableLanguages());
        boolean publish = command.publish(dialogue.summaryPublished());
        FormErrors errors = binder.validate(command);
        if (publish && command.summary().getOrDefault(dialogue.ownLanguage(), "").isBlank()) {
            errors.add("summary-" + dialogue.ownLanguage(), "dialogue.staff.summary.error.required");
        }
        if (!errors.isEmpty()) {
            return renderOverview(request, HttpStatus.UNPROCESSABLE_ENTITY, user, dialogue,
                    Map.of("errors", errors, "summaryTexts", command.summary(), "form", "summary"));
        }
        dialogues.publishSummary(user, id, command.summary(), publish);
        return HttpResponse.seeOther(URI.create("/dialogues/" + id + "?done=" + command.done() + "#summary-heading"));
    }

    private HttpResponse<String> renderOverview(HttpRequest<?> request, HttpStatus status, CurrentUser user,
                                                Dialogue dialogue, Map<String, Object> extra) {
        Map<String, Object> model = pages.base(request, user, dialogue);
        model.put("errors", new FormErrors());
        model.put("form", "");
        model.put("settings", settingsOf(dialogue));
        model.put("summaryTexts", dialogue.texts().summary());
        model.put("offerable", dialogues.offerableLanguages());
        model.put("fields", DialogueTexts.FIELDS.stream().filter(f -> !f.equals("summary")).toList());
        model.put("transitions", transitions(dialogue.state()));
        model.put("publicLink", pages.publicLink(request, dialogue));
        model.put("codeCounts", codes.counts(user, dialogue.id()));
        model.put("questionCount", dialogue.questionnaire().questions().size());
        model.put("missing", TranslationFiles.missing(dialogue));
        model.put("demographicCount", PopulationController.demographicQuestions(dialogue).size());
        model.putAll(extra);
        return views.page(request, status, "dialogue/staff/overview", model);
    }

    private HttpResponse<String> renderIndex(HttpRequest<?> request, HttpStatus status, CurrentUser user,
                                             FormErrors errors, Map<String, String> titles, List<String> languages) {
        Map<String, Object> model = new HashMap<>();
        model.put("dialogues", dialogues.list(user));
        model.put("canEdit", permissions.canEdit(user));
        model.put("errors", errors);
        model.put("titles", titles);
        model.put("chosenLanguages", languages);
        model.put("offerable", dialogues.offerableLanguages());
        model.put("done", request.getParameters().get("done", String.class, ""));
        return views.page(request, status, "dialogue/staff/index", model);
    }

    static List<DialogueState> transitions(DialogueState from) {
        List<DialogueState> to = new ArrayList<>();
        for (DialogueState state : DialogueState.values()) {
            if (Dialogues.allowed(from, state)) {
                to.add(state);
            }
        }
        return to;
    }

    private SettingsForm settingsOf(Dialogue dialogue) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        DialogueTexts.FIELDS.forEach(f -> texts.put(f, dialogue.texts().field(f)));
        return new SettingsForm(texts, dialogue.languages(), localTime(dialogue.opensAt()),
                localTime(dialogue.closesAt()), dialogue.anonymous(), dialogue.requiresCode());
    }

    private List<String> defaultLanguages() {
        return dialogues.offerableLanguages().subList(0, 1);
    }

    private String localTime(Instant instant) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    static DialogueTexts emptyTexts() {
        return new DialogueTexts(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }
}
