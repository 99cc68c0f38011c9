package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import se.samrad.goals.Dimension;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An example as its author writes it (a form or an import line): texts per language ({@code lang} is the one it
 * was written in and must have a title), facts, goal targets and indicators. {@link #validate} names what is wrong
 * by field, as message keys.
 */
public record ExampleDraft(String lang, Map<String, ExampleTexts> texts, ExampleKind kind, String municipality,
                           String region, @Nullable Integer yearFrom, @Nullable Integer yearTo, String costs,
                           String contact, Set<Dimension> dimensions, List<String> tags, List<String> links,
                           Visibility visibility, @Nullable Long networkId, Set<Long> targetIds,
                           List<IndicatorInput> indicators) {

    public static final int MAX_SHORT = 200;
    public static final int MAX_COSTS = 4000;
    public static final int MAX_CONTACT = 500;
    public static final int MAX_TAGS = 1000;
    public static final int MAX_LINKS = 4000;
    public static final int MAX_INDICATORS = 20;

    /** Field name (as in the form, texts as {@code <field>-<lang>}) to message key; empty when all is well. */
    public Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        ExampleTexts own = texts.get(lang);
        if (own == null || own.title().isBlank()) {
            errors.put("title-" + lang, "form.error.required");
        }
        texts.forEach((l, t) -> {
            if (!t.isBlank() && t.title().isBlank()) {
                errors.putIfAbsent("title-" + l, "library.error.title-for-translation");
            }
            tooLong(errors, "title-" + l, t.title(), ExampleTexts.MAX_TITLE);
            tooLong(errors, "summary-" + l, t.summary(), ExampleTexts.MAX_SUMMARY);
            for (String field : List.of("problem", "actions", "results", "lessons")) {
                tooLong(errors, field + "-" + l, t.get(field), ExampleTexts.MAX_TEXT);
            }
        });
        tooLong(errors, "municipality", municipality, MAX_SHORT);
        tooLong(errors, "region", region, MAX_SHORT);
        tooLong(errors, "costs", costs, MAX_COSTS);
        tooLong(errors, "contact", contact, MAX_CONTACT);
        tooLong(errors, "tags", String.join(", ", tags), MAX_TAGS);
        tooLong(errors, "links", String.join("\n", links), MAX_LINKS);
        if (yearFrom != null && (yearFrom < 1900 || yearFrom > 2100)) {
            errors.put("yearFrom", "library.error.year");
        }
        if (yearTo != null && (yearTo < 1900 || yearTo > 2100)) {
            errors.put("yearTo", "library.error.year");
        }
        if (yearFrom != null && yearTo != null && yearTo < yearFrom) {
            errors.putIfAbsent("yearTo", "library.error.period");
        }
        for (String link : links) {
            if (!isWebAddress(link)) {
                errors.putIfAbsent("links", "library.error.link");
            }
        }
        if (visibility == Visibility.NETWORK && networkId == null) {
            errors.put("network", "library.error.network");
        }
        if (indicators.size() > MAX_INDICATORS) {
            errors.put("indicators", "library.error.indicators");
        }
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorInput indicator = indicators.get(i);
            if (indicator.name().isBlank()) {
                errors.putIfAbsent("indicator-" + i + "-name", "form.error.required");
            }
            tooLong(errors, "indicator-" + i + "-name", indicator.name(), 300);
            tooLong(errors, "indicator-" + i + "-unit", indicator.unit(), 60);
        }
        return errors;
    }

    static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void tooLong(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.putIfAbsent(field, "form.error.too-long");
        }
    }
}
