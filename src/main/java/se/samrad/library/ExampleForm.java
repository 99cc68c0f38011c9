package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import se.samrad.goals.Dimension;
import se.samrad.goals.GoalElement;
import se.samrad.goals.TargetPicker;
import se.samrad.platform.i18n.Digits;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The example form as typed: every value kept as a string so that a form with errors re-renders exactly as it
 * was sent, and turned into an {@link ExampleDraft} when it reads. Texts are sent per language as
 * {@code <field>-<lang>} (the {@code translatedInput} macro), indicators as {@code indicator-<n>-<part>}.
 */
public record ExampleForm(Map<String, Map<String, String>> texts, Map<String, String> values, Set<String> dimensions,
                          Set<Long> targets, List<Map<String, String>> indicators) {

    public static final String PICKER = "targets";
    static final List<String> INDICATOR_PARTS = List.of("name", "unit", "before", "yearBefore", "after", "yearAfter");
    /** Empty indicator rows offered beyond those filled in. */
    static final int SPARE_INDICATORS = 2;

    public static ExampleForm empty(String lang) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lang", lang);
        values.put("kind", ExampleKind.PROJECT.name());
        values.put("visibility", Visibility.ORGANISATION.name());
        return new ExampleForm(emptyTexts(), values, Set.of(), Set.of(), spare(new ArrayList<>()));
    }

    public static ExampleForm of(Example e) {
        Map<String, Map<String, String>> texts = emptyTexts();
        e.texts().forEach((lang, t) -> ExampleTexts.FIELDS.forEach(f -> texts.get(f).put(lang, t.get(f))));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lang", e.lang());
        values.put("kind", e.kind().name());
        values.put("municipality", e.municipality());
        values.put("region", e.region());
        values.put("yearFrom", e.yearFrom() == null ? "" : e.yearFrom().toString());
        values.put("yearTo", e.yearTo() == null ? "" : e.yearTo().toString());
        values.put("costs", e.costs());
        values.put("contact", e.contact());
        values.put("tags", String.join(", ", e.tags()));
        values.put("links", String.join("\n", e.links()));
        values.put("visibility", e.visibility().name());
        values.put("network", e.networkId() == null ? "" : e.networkId().toString());
        Set<String> dimensions = new LinkedHashSet<>();
        e.dimensions().forEach(d -> dimensions.add(d.name()));
        Set<Long> targets = new LinkedHashSet<>();
        e.targets().forEach(t -> targets.add(t.id()));
        List<Map<String, String>> indicators = new ArrayList<>();
        for (IndicatorRow i : e.indicators()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("name", i.name());
            row.put("unit", i.unit());
            row.put("before", number(i.valueBefore()));
            row.put("yearBefore", i.yearBefore() == null ? "" : i.yearBefore().toString());
            row.put("after", number(i.valueAfter()));
            row.put("yearAfter", i.yearAfter() == null ? "" : i.yearAfter().toString());
            indicators.add(row);
        }
        return new ExampleForm(texts, values, dimensions, targets, spare(indicators));
    }

    public static ExampleForm read(Map<String, Object> form, List<String> languages) {
        Map<String, Map<String, String>> texts = emptyTexts();
        for (String field : ExampleTexts.FIELDS) {
            texts.put(field, new LinkedHashMap<>(Forms.translations(form, field, languages)));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("lang", "kind", "municipality", "region", "yearFrom", "yearTo", "costs", "contact",
                "tags", "links", "visibility", "network")) {
            String value = Forms.value(form, field);
            values.put(field, value == null ? "" : value.strip());
        }
        Set<String> dimensions = new LinkedHashSet<>(Forms.values(form, "dimensions"));
        List<Map<String, String>> indicators = new ArrayList<>();
        for (int n = 0; n < ExampleDraft.MAX_INDICATORS + SPARE_INDICATORS; n++) {
            Map<String, String> row = new LinkedHashMap<>();
            boolean any = false;
            for (String part : INDICATOR_PARTS) {
                String value = Forms.value(form, "indicator-" + n + "-" + part);
                value = value == null ? "" : value.strip();
                any |= !value.isEmpty();
                row.put(part, value);
            }
            if (any) {
                indicators.add(row);
            }
        }
        return new ExampleForm(texts, values, dimensions, TargetPicker.selected(form, PICKER), spare(indicators));
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The draft this form describes, or null with {@code errors} filled in. */
    public @Nullable ExampleDraft draft(FormErrors errors, List<String> languages) {
        String lang = languages.contains(value("lang")) ? value("lang") : languages.get(0);
        Map<String, ExampleTexts> byLang = new LinkedHashMap<>();
        for (String l : languages) {
            ExampleTexts t = ExampleTexts.of(field -> texts.getOrDefault(field, Map.of()).get(l));
            if (!t.isBlank() || l.equals(lang)) {
                byLang.put(l, t);
            }
        }
        ExampleKind kind = parseEnum(ExampleKind.class, value("kind"), ExampleKind.PROJECT);
        Visibility visibility = parseEnum(Visibility.class, value("visibility"), Visibility.ORGANISATION);
        Integer yearFrom = year(errors, "yearFrom");
        Integer yearTo = year(errors, "yearTo");
        Long network = null;
        if (visibility == Visibility.NETWORK && !value("network").isEmpty()) {
            try {
                network = Long.parseLong(value("network"));
            } catch (NumberFormatException e) {
                errors.add("network", "library.error.network");
            }
        }
        Set<Dimension> chosen = EnumSet.noneOf(Dimension.class);
        for (Dimension d : Dimension.values()) {
            if (dimensions.contains(d.name())) {
                chosen.add(d);
            }
        }
        List<IndicatorInput> inputs = new ArrayList<>();
        for (int n = 0; n < indicators.size(); n++) {
            Map<String, String> row = indicators.get(n);
            if (row.values().stream().allMatch(String::isEmpty)) {
                continue;
            }
            String prefix = "indicator-" + n + "-";
            inputs.add(new IndicatorInput(row.get("name"), row.get("unit"), decimal(errors, prefix + "before",
                    row.get("before")), yearOf(errors, prefix + "yearBefore", row.get("yearBefore")),
                    decimal(errors, prefix + "after", row.get("after")),
                    yearOf(errors, prefix + "yearAfter", row.get("yearAfter"))));
        }
        ExampleDraft draft = new ExampleDraft(lang, byLang, kind, value("municipality"), value("region"), yearFrom,
                yearTo, value("costs"), value("contact"), chosen, list(value("tags"), ","), list(value("links"), "\n"),
                visibility, network, targets, inputs);
        draft.validate().forEach(errors::add);
        return errors.isEmpty() ? draft : null;
    }

    static List<String> list(String value, String separator) {
        List<String> items = new ArrayList<>();
        for (String part : value.split(separator)) {
            String item = part.strip();
            if (!item.isEmpty() && !items.contains(item)) {
                items.add(item);
            }
        }
        return items;
    }

    private Integer year(FormErrors errors, String field) {
        return yearOf(errors, field, value(field));
    }

    static @Nullable Integer yearOf(FormErrors errors, String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year < 1900 || year > 2100) {
                errors.add(field, "library.error.year");
            }
            return year;
        } catch (NumberFormatException e) {
            errors.add(field, "library.error.year");
            return null;
        }
    }

    /** A number as people write it: decimal comma or point, spaces between thousands, Persian or Arabic digits. */
    static @Nullable Double decimal(FormErrors errors, String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        java.math.BigDecimal number = Digits.decimal(value);
        if (number == null) {
            errors.add(field, "library.error.number");
            return null;
        }
        return number.doubleValue();
    }

    static String number(@Nullable Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf(value.longValue())
                : String.valueOf(value);
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String value, E fallback) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static Map<String, Map<String, String>> emptyTexts() {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        ExampleTexts.FIELDS.forEach(f -> texts.put(f, new LinkedHashMap<>()));
        return texts;
    }

    private static List<Map<String, String>> spare(List<Map<String, String>> rows) {
        for (int i = 0; i < SPARE_INDICATORS && rows.size() < ExampleDraft.MAX_INDICATORS + SPARE_INDICATORS; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            INDICATOR_PARTS.forEach(p -> row.put(p, ""));
            rows.add(row);
        }
        return rows;
    }

    /** For templates: whether a goal element is chosen. */
    public boolean chosen(GoalElement element) {
        return targets.contains(element.id());
    }
}
