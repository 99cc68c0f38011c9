package se.samrad.dialogue;

import io.micronaut.core.annotation.Introspected;
import se.samrad.platform.web.CrossChecked;
import se.samrad.platform.web.FormErrors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form for a new dialogue: its title per language ({@code title-<lang>}) and the languages it is offered in,
 * the first being its own. The rest is filled in on the dialogue's page.
 */
@Introspected
record NewDialogueCommand(Map<String, String> title, List<String> languages) implements CrossChecked {

    /** Only the languages a dialogue can be offered in, in their order (what was sent for others is dropped). */
    NewDialogueCommand offered(List<String> offerable) {
        return new NewDialogueCommand(only(title, offerable), offerable.stream().filter(languages::contains).toList());
    }

    @Override
    public void check(FormErrors errors) {
        checkLanguagesAndTitle(errors, languages, title);
    }

    /** At least one language, a title in the first (the dialogue's own), no title too long. */
    static void checkLanguagesAndTitle(FormErrors errors, List<String> languages, Map<String, String> titles) {
        if (languages.isEmpty()) {
            errors.add("languages", "dialogue.staff.error.languages");
            return;
        }
        if (titles.getOrDefault(languages.get(0), "").isBlank()) {
            errors.add("title-" + languages.get(0), "dialogue.staff.error.title");
        }
        titles.forEach((lang, text) -> errors.maxLength("title-" + lang, text, DialogueTexts.MAX_TITLE));
    }

    /** The texts of the given languages, in their order. */
    static Map<String, String> only(Map<String, String> texts, List<String> languages) {
        Map<String, String> kept = new LinkedHashMap<>();
        languages.stream().filter(texts::containsKey).forEach(l -> kept.put(l, texts.get(l)));
        return kept;
    }
}
