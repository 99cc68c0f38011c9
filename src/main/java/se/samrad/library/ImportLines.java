package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import se.samrad.goals.Framework;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.platform.organisation.Network;
import se.samrad.platform.organisation.NetworkService;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One record of an import file read as an example's form ({@link ExampleForm}): its texts per language, its
 * values, network, dimensions, targets by code and indicators, and what is wrong with each field.
 */
final class ImportLines {

    private final GoalCatalogue catalogue;
    private final NetworkService networks;
    private final List<String> languages;

    ImportLines(GoalCatalogue catalogue, NetworkService networks, List<String> languages) {
        this.catalogue = catalogue;
        this.networks = networks;
        this.languages = languages;
    }

    LibraryImport.Line read(CurrentUser user, Map<String, String> r, boolean publish) {
        int number = Integer.parseInt(r.get("#line"));
        FormErrors errors = new FormErrors();
        String lang = r.getOrDefault("lang", "").isBlank() ? "sv" : r.get("lang").strip().toLowerCase(Locale.ROOT);
        if (!languages.contains(lang)) {
            errors.add("lang", "library.import.lang");
            lang = "sv";
        }
        Map<String, Map<String, String>> texts = texts(r, lang);
        Map<String, String> values = values(user, r, lang, errors);
        ExampleForm form = new ExampleForm(texts, values, dimensions(r, errors), targets(r, errors), indicators(r));
        ExampleDraft draft = form.draft(errors, languages);
        if (draft != null && publish && !canPublish(user, draft)) {
            errors.add("visibility", "library.import.cannot-publish");
            draft = null;
        }
        List<LibraryImport.Problem> problems = errors.getFields().entrySet().stream()
                .map(e -> new LibraryImport.Problem(e.getKey(), e.getValue())).toList();
        String title = texts.get("title").getOrDefault(lang, "");
        return new LibraryImport.Line(number, title, problems, problems.isEmpty() ? draft : null);
    }

    /** Per text field, per language: the plain column for the example's own language, {@code <field>_<lang>}. */
    private Map<String, Map<String, String>> texts(Map<String, String> r, String lang) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (String field : ExampleTexts.FIELDS) {
            Map<String, String> byLang = new LinkedHashMap<>();
            for (String l : languages) {
                String value = l.equals(lang) ? r.getOrDefault(field, r.get(field + "_" + l)) : r.get(field + "_" + l);
                if (value != null && !value.isBlank()) {
                    byLang.put(l, value.strip());
                }
            }
            texts.put(field, byLang);
        }
        return texts;
    }

    private Map<String, String> values(CurrentUser user, Map<String, String> r, String lang, FormErrors errors) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lang", lang);
        values.put("kind", r.getOrDefault("type", ""));
        if (!values.get("kind").isBlank() && ExampleForm.parseEnum(ExampleKind.class, values.get("kind"), null) == null) {
            errors.add("type", "library.import.type");
        }
        values.put("municipality", r.getOrDefault("municipality", ""));
        values.put("region", r.getOrDefault("region", ""));
        values.put("yearFrom", r.getOrDefault("year_from", ""));
        values.put("yearTo", r.getOrDefault("year_to", ""));
        values.put("costs", r.getOrDefault("costs", ""));
        values.put("contact", r.getOrDefault("contact", ""));
        values.put("tags", r.getOrDefault("tags", "").replace(';', ','));
        values.put("links", String.join("\n", ExampleForm.list(r.getOrDefault("links", ""), "[\\s;]+")));
        String visibility = r.getOrDefault("visibility", "").strip();
        Visibility chosen = visibility.isEmpty() ? Visibility.ORGANISATION
                : ExampleForm.parseEnum(Visibility.class, visibility, null);
        if (chosen == null) {
            errors.add("visibility", "library.import.visibility");
            chosen = Visibility.ORGANISATION;
        }
        values.put("visibility", chosen.name());
        String networkName = r.getOrDefault("network", "").strip();
        if (!networkName.isEmpty()) {
            Optional<Network> network = networks.mine(user).stream()
                    .filter(n -> n.name().equalsIgnoreCase(networkName) || String.valueOf(n.id()).equals(networkName))
                    .findFirst();
            if (network.isEmpty()) {
                errors.add("network", "library.error.network");
            } else {
                values.put("network", String.valueOf(network.get().id()));
            }
        }
        return values;
    }

    private static Set<String> dimensions(Map<String, String> r, FormErrors errors) {
        Set<String> dimensions = new LinkedHashSet<>();
        for (String d : ExampleForm.list(r.getOrDefault("dimensions", ""), "[,;]")) {
            dimensions.add(d.toUpperCase(Locale.ROOT));
            if (ExampleForm.parseEnum(se.samrad.goals.Dimension.class, d, null) == null) {
                errors.add("dimensions", "library.import.dimension");
            }
        }
        return dimensions;
    }

    private Set<Long> targets(Map<String, String> r, FormErrors errors) {
        Set<Long> targets = new LinkedHashSet<>();
        for (String code : ExampleForm.list(r.getOrDefault("targets", ""), "[,;\\s]+")) {
            GoalElement element = target(code);
            if (element == null) {
                errors.add("targets", "library.import.target");
            } else {
                targets.add(element.id());
            }
        }
        return targets;
    }

    /** {@code name|unit|before|year|after|year}, several separated by {@code ;}. */
    private static List<Map<String, String>> indicators(Map<String, String> r) {
        List<Map<String, String>> indicators = new ArrayList<>();
        for (String indicator : ExampleForm.list(r.getOrDefault("indicators", ""), ";")) {
            String[] parts = indicator.split("\\|", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < ExampleForm.INDICATOR_PARTS.size(); i++) {
                row.put(ExampleForm.INDICATOR_PARTS.get(i), i < parts.length ? parts[i].strip() : "");
            }
            indicators.add(row);
        }
        return indicators;
    }

    /** The organisation's admin publishes anything; a network coordinator the examples shared in a network. */
    private static boolean canPublish(CurrentUser user, ExampleDraft draft) {
        return user.has(se.samrad.platform.security.Role.ORG_ADMIN)
                || (user.has(se.samrad.platform.security.Role.NETWORK_COORDINATOR)
                && draft.visibility() == Visibility.NETWORK);
    }

    /** "12.3" (Agenda 2030) or "miljokvalitetsmal:1". */
    private @Nullable GoalElement target(String code) {
        String frameworkKey = Framework.AGENDA_2030;
        String element = code;
        int colon = code.indexOf(':');
        if (colon > 0) {
            frameworkKey = code.substring(0, colon);
            element = code.substring(colon + 1);
        }
        String key = frameworkKey;
        String wanted = element;
        return catalogue.builtIn().stream().filter(f -> f.key().equals(key)).findFirst()
                .flatMap(f -> f.element(wanted)).filter(e -> e.children().isEmpty()).orElse(null);
    }
}
