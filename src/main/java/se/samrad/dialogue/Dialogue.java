package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import se.samrad.goals.Text;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A citizen dialogue (medborgardialog) with the questions of its current version. Texts fall back to the
 * dialogue's own first language (normally Swedish) when a translation is missing.
 */
public record Dialogue(long id, long organisationId, String publicKey, DialogueState state, DialogueTexts texts,
                       List<String> languages, @Nullable Instant opensAt, @Nullable Instant closesAt,
                       boolean anonymous, boolean requiresCode, long versionId, int versionNumber,
                       boolean versionFrozen, Questionnaire questionnaire, @Nullable Instant summaryPublishedAt,
                       Instant createdAt, Instant updatedAt) {

    /** What a resident following the public link meets. */
    public enum Availability { UNKNOWN, NOT_YET_OPEN, OPEN, CLOSED }

    public Availability availability(Instant now) {
        return switch (state) {
            case DRAFT -> Availability.UNKNOWN;
            case CLOSED, ARCHIVED -> Availability.CLOSED;
            case OPEN -> opensAt != null && now.isBefore(opensAt) ? Availability.NOT_YET_OPEN
                    : closesAt != null && !now.isBefore(closesAt) ? Availability.CLOSED : Availability.OPEN;
        };
    }

    /** The language the dialogue is written in first; missing translations fall back to it. */
    public String ownLanguage() {
        return languages.get(0);
    }

    /** The language to show the dialogue in for a reader of {@code lang}: theirs if offered, else its own. */
    public String contentLanguage(String lang) {
        return languages.contains(lang) ? lang : ownLanguage();
    }

    public Text text(String field, String lang) {
        return pick(texts.field(field), lang);
    }

    public Text title(String lang) {
        return text("title", lang);
    }

    /** A text in {@code lang}, else in the dialogue's own language, else in any; with the language it is in. */
    public Text pick(Map<String, String> values, String lang) {
        String value = values.get(lang);
        if (value != null && !value.isBlank()) {
            return new Text(value, lang);
        }
        String own = values.get(ownLanguage());
        if (own != null && !own.isBlank()) {
            return new Text(own, ownLanguage());
        }
        return values.entrySet().stream().filter(e -> !e.getValue().isBlank()).findFirst()
                .map(e -> new Text(e.getValue(), e.getKey())).orElse(new Text("", lang));
    }

    public boolean summaryPublished() {
        return summaryPublishedAt != null;
    }
}
