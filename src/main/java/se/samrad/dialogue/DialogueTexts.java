package se.samrad.dialogue;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * Everything about a dialogue a resident reads besides the questions, per language: title, introduction,
 * purpose, how the input will be used, who organises it, the privacy/consent text, and the "what we heard"
 * summary published after it closes.
 */
@Serdeable
public record DialogueTexts(Map<String, String> title, Map<String, String> introduction, Map<String, String> purpose,
                            Map<String, String> useOfInput, Map<String, String> organiser, Map<String, String> privacy,
                            Map<String, String> summary) {

    /** The longest title and the longest other text, in characters. */
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 5000;

    /** The names of the text fields, as forms and translation files call them. */
    public static final java.util.List<String> FIELDS =
            java.util.List.of("title", "introduction", "purpose", "useOfInput", "organiser", "privacy", "summary");

    public DialogueTexts {
        title = Copies.map(title);
        introduction = Copies.map(introduction);
        purpose = Copies.map(purpose);
        useOfInput = Copies.map(useOfInput);
        organiser = Copies.map(organiser);
        privacy = Copies.map(privacy);
        summary = Copies.map(summary);
    }

    public Map<String, String> field(String name) {
        return switch (name) {
            case "title" -> title;
            case "introduction" -> introduction;
            case "purpose" -> purpose;
            case "useOfInput" -> useOfInput;
            case "organiser" -> organiser;
            case "privacy" -> privacy;
            case "summary" -> summary;
            default -> throw new IllegalArgumentException(name);
        };
    }

    public DialogueTexts with(String name, Map<String, String> value) {
        return new DialogueTexts(name.equals("title") ? value : title, name.equals("introduction") ? value : introduction,
                name.equals("purpose") ? value : purpose, name.equals("useOfInput") ? value : useOfInput,
                name.equals("organiser") ? value : organiser, name.equals("privacy") ? value : privacy,
                name.equals("summary") ? value : summary);
    }
}
