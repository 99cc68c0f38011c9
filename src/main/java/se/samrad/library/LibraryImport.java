package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import se.samrad.goals.Framework;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.csv.Csv;
import se.samrad.platform.organisation.Network;
import se.samrad.platform.organisation.NetworkService;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Bulk import of examples from CSV or JSON, and export in the same shape. A dry run reads every line and reports
 * what is wrong line by line; an import with any error imports nothing. Columns (JSON keys): {@link #COLUMNS},
 * plus {@code <text>_<lang>} for translations, e.g. {@code title_en}.
 */
@Singleton
public class LibraryImport {

    public static final List<String> COLUMNS = List.of("title", "summary", "problem", "actions", "results", "lessons",
            "lang", "type", "municipality", "region", "year_from", "year_to", "costs", "contact", "dimensions", "tags",
            "links", "visibility", "network", "targets", "indicators");
    public static final int MAX_LINES = 2000;

    private final Library library;
    private final GoalCatalogue catalogue;
    private final NetworkService networks;
    private final JsonMapper json;
    private final AuditLog audit;
    private final List<String> languages;

    LibraryImport(Library library, GoalCatalogue catalogue, NetworkService networks, JsonMapper json, AuditLog audit,
                  se.samrad.platform.i18n.Messages messages) {
        this.library = library;
        this.catalogue = catalogue;
        this.networks = networks;
        this.json = json;
        this.audit = audit;
        this.languages = messages.languages().stream().map(l -> l.code()).toList();
    }

    public enum Format { CSV, JSON }

    /** One line of the file: its number, the title read, and what is wrong with it (message keys with fields). */
    public record Line(int number, String title, List<Problem> problems, @Nullable ExampleDraft draft) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public record Problem(String field, String messageKey) {
    }

    public record Report(Format format, List<Line> lines, int imported, boolean dryRun, boolean publish) {
        public long errors() {
            return lines.stream().filter(l -> !l.ok()).count();
        }
    }

    /** Reads the file and, unless this is a dry run or any line is wrong, creates (and publishes) the examples. */
    public Report run(CurrentUser user, Format format, String content, boolean dryRun, boolean publish) {
        if (!LibraryAccess.canContribute(user)) {
            throw new io.micronaut.http.exceptions.HttpStatusException(io.micronaut.http.HttpStatus.FORBIDDEN,
                    "error.forbidden");
        }
        List<Map<String, String>> records = format == Format.CSV ? fromCsv(content) : fromJson(content);
        if (records.isEmpty()) {
            throw new InvalidRequestException("library.import.empty");
        }
        if (records.size() > MAX_LINES) {
            throw new InvalidRequestException("library.import.too-many");
        }
        List<Line> lines = new ArrayList<>();
        for (Map<String, String> record : records) {
            lines.add(read(user, record, publish));
        }
        if (dryRun || lines.stream().anyMatch(l -> !l.ok())) {
            return new Report(format, lines, 0, dryRun, publish);
        }
        int imported = 0;
        for (Line line : lines) {
            Example example = library.create(user, line.draft());
            if (publish) {
                library.publish(user, example.id(), "");
            }
            imported++;
        }
        audit.record(user.organisationId(), user, AuditAction.LIBRARY_IMPORTED, format.name(),
                imported + (publish ? " published" : " drafts"));
        return new Report(format, lines, imported, false, publish);
    }

    private Line read(CurrentUser user, Map<String, String> r, boolean publish) {
        int number = Integer.parseInt(r.get("#line"));
        FormErrors errors = new FormErrors();
        String lang = r.getOrDefault("lang", "").isBlank() ? "sv" : r.get("lang").strip().toLowerCase(Locale.ROOT);
        if (!languages.contains(lang)) {
            errors.add("lang", "library.import.lang");
            lang = "sv";
        }
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
        java.util.Set<String> dimensions = new java.util.LinkedHashSet<>();
        for (String d : ExampleForm.list(r.getOrDefault("dimensions", ""), "[,;]")) {
            dimensions.add(d.toUpperCase(Locale.ROOT));
            if (ExampleForm.parseEnum(se.samrad.goals.Dimension.class, d, null) == null) {
                errors.add("dimensions", "library.import.dimension");
            }
        }
        java.util.Set<Long> targets = new java.util.LinkedHashSet<>();
        for (String code : ExampleForm.list(r.getOrDefault("targets", ""), "[,;\\s]+")) {
            GoalElement element = target(code);
            if (element == null) {
                errors.add("targets", "library.import.target");
            } else {
                targets.add(element.id());
            }
        }
        List<Map<String, String>> indicators = new ArrayList<>();
        for (String indicator : ExampleForm.list(r.getOrDefault("indicators", ""), ";")) {
            String[] parts = indicator.split("\\|", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < ExampleForm.INDICATOR_PARTS.size(); i++) {
                row.put(ExampleForm.INDICATOR_PARTS.get(i), i < parts.length ? parts[i].strip() : "");
            }
            indicators.add(row);
        }
        ExampleForm form = new ExampleForm(texts, values, dimensions, targets, indicators);
        ExampleDraft draft = form.draft(errors, languages);
        if (draft != null && publish && !canPublish(user, draft)) {
            errors.add("visibility", "library.import.cannot-publish");
            draft = null;
        }
        List<Problem> problems = errors.getFields().entrySet().stream()
                .map(e -> new Problem(e.getKey(), e.getValue())).toList();
        String title = texts.get("title").getOrDefault(lang, "");
        return new Line(number, title, problems, problems.isEmpty() ? draft : null);
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

    private static List<Map<String, String>> fromCsv(String content) {
        List<Csv.Row> rows = Csv.read(content);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.contains("title")) {
            throw new InvalidRequestException("library.import.header");
        }
        List<Map<String, String>> records = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < row.cells().size(); i++) {
                record.put(header.get(i), row.cells().get(i));
            }
            record.put("#line", String.valueOf(row.line()));
            records.add(record);
        }
        return records;
    }

    private List<Map<String, String>> fromJson(String content) {
        JsonNode root;
        try {
            root = json.readValue(content, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new InvalidRequestException("library.import.json");
        }
        if (root == null || !root.isArray()) {
            throw new InvalidRequestException("library.import.json");
        }
        List<Map<String, String>> records = new ArrayList<>();
        int n = 0;
        for (JsonNode item : root.values()) {
            n++;
            Map<String, String> record = new LinkedHashMap<>();
            if (item.isObject()) {
                for (Map.Entry<String, JsonNode> entry : item.entries()) {
                    JsonNode value = entry.getValue();
                    String text;
                    if (value.isArray()) {
                        List<String> parts = new ArrayList<>();
                        value.values().forEach(v -> parts.add(v.isString() ? v.getStringValue() : v.toString()));
                        text = String.join(";", parts);
                    } else if (value.isNull()) {
                        text = "";
                    } else {
                        text = value.isString() ? value.getStringValue() : value.coerceStringValue();
                    }
                    record.put(entry.getKey().toLowerCase(Locale.ROOT), text);
                }
            }
            record.put("#line", String.valueOf(n));
            records.add(record);
        }
        return records;
    }

    /** The organisation's examples in the import's shape. */
    public String export(CurrentUser user, Format format) {
        List<Example> examples = library.mine(user);
        List<Map<String, String>> records = new ArrayList<>();
        for (Example e : examples) {
            Map<String, String> r = new LinkedHashMap<>();
            ExampleTexts own = e.texts().getOrDefault(e.lang(), e.in(e.lang()).texts());
            ExampleTexts.FIELDS.forEach(f -> r.put(f, own.get(f)));
            r.put("lang", e.lang());
            r.put("type", e.kind().name());
            r.put("municipality", e.municipality());
            r.put("region", e.region());
            r.put("year_from", e.yearFrom() == null ? "" : e.yearFrom().toString());
            r.put("year_to", e.yearTo() == null ? "" : e.yearTo().toString());
            r.put("costs", e.costs());
            r.put("contact", e.contact());
            r.put("dimensions", String.join(";", e.dimensions().stream().map(Enum::name).sorted().toList()));
            r.put("tags", String.join(";", e.tags()));
            r.put("links", String.join(" ", e.links()));
            r.put("visibility", e.visibility().name());
            r.put("network", e.networkName() == null ? "" : e.networkName());
            r.put("targets", String.join(";", e.targets().stream().map(t -> t.frameworkKey().equals(Framework.AGENDA_2030)
                    ? t.code() : t.frameworkKey() + ":" + t.code()).toList()));
            r.put("indicators", String.join(";", e.indicators().stream().map(i -> String.join("|", i.name(), i.unit(),
                    ExampleForm.number(i.valueBefore()), i.yearBefore() == null ? "" : i.yearBefore().toString(),
                    ExampleForm.number(i.valueAfter()), i.yearAfter() == null ? "" : i.yearAfter().toString())).toList()));
            r.put("status", e.status().name());
            e.texts().forEach((lang, t) -> {
                if (!lang.equals(e.lang())) {
                    ExampleTexts.FIELDS.forEach(f -> r.put(f + "_" + lang, t.get(f)));
                }
            });
            records.add(r);
        }
        if (format == Format.JSON) {
            try {
                return json.writeValueAsString(records);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        List<String> header = new ArrayList<>(COLUMNS);
        header.add("status");
        for (String lang : languages) {
            ExampleTexts.FIELDS.forEach(f -> header.add(f + "_" + lang));
        }
        return Csv.write(header, records.stream().map(r -> header.stream().map(h -> r.getOrDefault(h, "")).toList())
                .toList());
    }
}
