package se.samrad.dialogue;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import se.samrad.platform.web.CrossChecked;
import se.samrad.platform.web.FormErrors;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static se.samrad.dialogue.NewDialogueCommand.only;

/**
 * A dialogue's settings form: its texts per language ({@code <field>-<lang>}, the summary has a form of its own),
 * the languages it is offered in, when it opens and closes (local date-times, as the fields send them) and the
 * two switches.
 */
@Introspected
record DialogueSettingsCommand(Map<String, String> title, Map<String, String> introduction,
                               Map<String, String> purpose, Map<String, String> useOfInput,
                               Map<String, String> organiser, Map<String, String> privacy,
                               List<String> languages, @Nullable String opensAt, @Nullable String closesAt,
                               boolean anonymous, boolean requiresCode) implements CrossChecked {

    /** Only the languages a dialogue can be offered in, in their order (what was sent for others is dropped). */
    DialogueSettingsCommand offered(List<String> offerable) {
        return new DialogueSettingsCommand(only(title, offerable), only(introduction, offerable),
                only(purpose, offerable), only(useOfInput, offerable), only(organiser, offerable),
                only(privacy, offerable), offerable.stream().filter(languages::contains).toList(), opensAt, closesAt,
                anonymous, requiresCode);
    }

    /** The texts by field, as {@link DialogueTexts#FIELDS} names them (all but the summary). */
    Map<String, Map<String, String>> texts() {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        texts.put("title", title);
        texts.put("introduction", introduction);
        texts.put("purpose", purpose);
        texts.put("useOfInput", useOfInput);
        texts.put("organiser", organiser);
        texts.put("privacy", privacy);
        return texts;
    }

    /** The form as typed, for the page to show again. */
    SettingsForm form() {
        return new SettingsForm(texts(), languages, opensAt == null ? "" : opensAt, closesAt == null ? "" : closesAt,
                anonymous, requiresCode);
    }

    @Override
    public void check(FormErrors errors) {
        NewDialogueCommand.checkLanguagesAndTitle(errors, languages, title);
        texts().forEach((field, values) -> values.forEach((lang, text) -> errors.maxLength(field + "-" + lang, text,
                field.equals("title") ? DialogueTexts.MAX_TITLE : DialogueTexts.MAX_TEXT)));
        LocalDateTime opens = local(errors, "opensAt", opensAt);
        LocalDateTime closes = local(errors, "closesAt", closesAt);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.add("closesAt", "dialogue.staff.error.closes-before-opens");
        }
    }

    /** The opening time in {@code zone}, none if not set (the form is checked first). */
    @Nullable
    Instant opens(ZoneId zone) {
        return opensAt == null ? null : LocalDateTime.parse(opensAt).atZone(zone).toInstant();
    }

    @Nullable
    Instant closes(ZoneId zone) {
        return closesAt == null ? null : LocalDateTime.parse(closesAt).atZone(zone).toInstant();
    }

    @Nullable
    private static LocalDateTime local(FormErrors errors, String field, @Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, "dialogue.staff.error.time");
            return null;
        }
    }
}
