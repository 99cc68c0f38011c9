package se.samrad.dialogue;

import io.micronaut.core.annotation.Introspected;
import se.samrad.platform.web.CrossChecked;
import se.samrad.platform.web.FormErrors;

import java.util.List;
import java.util.Map;

/**
 * A section's form: its title and intro per language ({@code title-<lang>}, {@code intro-<lang>}) and, when it
 * is changed, the answers to an earlier question that show it ({@code showIf}, {@code <question>:<option>}).
 */
@Introspected
record SectionCommand(Map<String, String> title, Map<String, String> intro, List<String> showIf)
        implements CrossChecked {

    static final int MAX_TITLE = 300;
    static final int MAX_INTRO = 3000;

    /** Only the dialogue's languages, in its order. */
    SectionCommand in(List<String> languages) {
        return new SectionCommand(NewDialogueCommand.only(title, languages), NewDialogueCommand.only(intro, languages),
                showIf);
    }

    /** The errors of this form in a dialogue whose own language is {@code ownLanguage}. */
    FormErrors errors(FormErrors checked, String ownLanguage) {
        FormErrors errors = new FormErrors();
        if (title.getOrDefault(ownLanguage, "").isBlank()) {
            errors.add("title-" + ownLanguage, "dialogue.staff.section.error.title");
        }
        checked.getFields().forEach(errors::add);
        return errors;
    }

    @Override
    public void check(FormErrors errors) {
        title.forEach((l, v) -> errors.maxLength("title-" + l, v, MAX_TITLE));
        intro.forEach((l, v) -> errors.maxLength("intro-" + l, v, MAX_INTRO));
    }
}
