package se.samrad.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a submitted form bound as {@code @Body Map<String, Object>}: a field sent once arrives as a string, a
 * field sent several times (checkboxes) as a list. Method-argument binding keeps only the first value.
 */
public final class Forms {

    private Forms() {
    }

    /** Every value of a field, in the order sent; empty when the field is absent. */
    public static List<String> values(Map<String, Object> form, String field) {
        Object value = form.get(field);
        List<String> values = new ArrayList<>();
        if (value instanceof Iterable<?> many) {
            many.forEach(v -> values.add(String.valueOf(v)));
        } else if (value != null) {
            values.add(String.valueOf(value));
        }
        return values;
    }

    /** The first value of a field, or null. */
    public static String value(Map<String, Object> form, String field) {
        List<String> values = values(form, field);
        return values.isEmpty() ? null : values.get(0);
    }

    /**
     * A text a user writes in several languages, sent as {@code <field>-<lang>} per language (see the
     * {@code translatedInput} macro): language code to trimmed text, blank ones left out.
     */
    public static Map<String, String> translations(Map<String, Object> form, String field, List<String> languages) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (String lang : languages) {
            String value = value(form, field + "-" + lang);
            if (value != null && !value.isBlank()) {
                texts.put(lang, value.strip());
            }
        }
        return texts;
    }
}
