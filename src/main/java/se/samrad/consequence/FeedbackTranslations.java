package se.samrad.consequence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The translation form of a feedback page: per language a field {@code <field>-<lang>} for the question, the why
 * and each action's title ({@code ACTION<position>}).
 */
public final class FeedbackTranslations {

    /** A translatable part: its field name and the original text. */
    public record Field(String name, String original) {
    }

    private FeedbackTranslations() {
    }

    static List<Field> fields(Decisions.Decided decided) {
        List<Field> out = new ArrayList<>();
        out.add(new Field("QUESTION", decided.kase().title()));
        out.add(new Field("WHY", decided.row().why()));
        decided.actions().forEach(a -> out.add(new Field("ACTION" + a.row().position(), a.row().title())));
        return out;
    }

    static Map<String, Map<String, String>> read(Map<String, Object> body, Decisions.Decided decided,
                                                 List<String> languages) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String lang : languages) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (Field f : fields(decided)) {
                String value = se.samrad.platform.web.Forms.value(body, f.name() + "-" + lang);
                if (value != null && !value.isBlank()) {
                    fields.put(f.name(), value.length() > 4000 ? value.substring(0, 4000) : value);
                }
            }
            out.put(lang, fields);
        }
        return out;
    }
}
