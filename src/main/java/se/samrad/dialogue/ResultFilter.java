package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Narrows results to one group: a district, age band, gender or home language (option keys of the dialogue's
 * background questions) and/or the language the dialogue was answered in. Empty values mean everyone.
 */
public record ResultFilter(@Nullable String district, @Nullable String ageBand, @Nullable String gender,
                           @Nullable String homeLanguage, @Nullable String lang) {

    public static final ResultFilter ALL = new ResultFilter(null, null, null, null, null);

    /** Column to value, for the filters that are set. Column names are fixed here, never taken from input. */
    Map<String, String> conditions() {
        Map<String, String> where = new LinkedHashMap<>();
        put(where, "district", district);
        put(where, "age_band", ageBand);
        put(where, "gender", gender);
        put(where, "home_lang", homeLanguage);
        put(where, "lang", lang);
        return where;
    }

    public boolean isAll() {
        return conditions().isEmpty();
    }

    /** The filter as query parameters, for links that keep it. */
    public String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "district", district);
        add(parts, "age", ageBand);
        add(parts, "gender", gender);
        add(parts, "home", homeLanguage);
        add(parts, "answered", lang);
        return String.join("&", parts);
    }

    private static void put(Map<String, String> where, String column, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            where.put(column, value);
        }
    }

    private static void add(List<String> parts, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
