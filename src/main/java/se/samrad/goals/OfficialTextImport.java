package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports official Agenda 2030 goal and target texts in any language from a file in one of two shapes:
 * <ul>
 * <li>the UN SDG API's ({@code /v1/sdg/Goal/List?includechildren=true}: an array of goals with {@code code},
 * {@code title} and {@code targets}, each target with {@code code} and {@code title}; or
 * {@code /v1/sdg/Target/List}: an array of targets with {@code goal}, {@code code}, {@code title});</li>
 * <li>Open SDG's translation files ({@code global_goals.yml}, {@code global_targets.yml} or their JSON build):
 * flat keys {@code 1-title}, {@code 1-short}, {@code 1-1-title}, {@code 1-a-title}, optionally nested under a
 * file name ({@code global_goals}) and a language code ({@code ar}); YAML or JSON.</li>
 * </ul>
 * Only those fields are read; indicators and other keys are skipped and counted (per file). The catalogue's structure
 * never changes: codes it does not know are reported, not added. Importing the same file twice changes
 * nothing the second time.
 */
@Singleton
public class OfficialTextImport {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*");
    private static final Pattern OPEN_SDG_KEY = Pattern.compile("(\\d{1,2})((?:-[0-9a-z]{1,2})*)-(title|short)");
    private static final int MAX_TITLE = 4000;
    private static final int MAX_SHORT = 300;

    /** What a file says about one goal or target in one language; null where it says nothing. */
    record Entry(String code, @Nullable String officialShort, @Nullable String officialTitle) {
    }

    /** The outcome for one language: which codes changed, how many were already so, what was not understood. */
    @Serdeable
    public record Result(String lang, List<String> changed, int unchanged, List<String> unknownCodes, int ignored,
                         boolean applied) {
    }

    private final GoalCatalogue catalogue;
    private final ElementTextRowRepository texts;
    private final ObjectMapper json;
    private final AuditLog audit;

    OfficialTextImport(GoalCatalogue catalogue, ElementTextRowRepository texts, ObjectMapper json, AuditLog audit) {
        this.catalogue = catalogue;
        this.texts = texts;
        this.json = json;
        this.audit = audit;
    }

    /**
     * Reads {@code content} and, unless {@code dryRun}, stores what differs. {@code lang} is the language of a
     * file that does not name its own.
     */
    @Transactional
    public List<Result> importTexts(@Nullable CurrentUser actor, byte[] content, @Nullable String lang,
                                    boolean dryRun) {
        if (content.length == 0) {
            throw new InvalidRequestException("goals.import.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidRequestException("goals.import.error.too-large");
        }
        String defaultLang = lang == null || lang.isBlank() ? null : language(lang.strip());
        Parsed parsed = parse(new String(content, StandardCharsets.UTF_8), defaultLang);
        if (parsed.entries.isEmpty()) {
            throw new InvalidRequestException("goals.import.error.nothing");
        }
        Framework agenda = catalogue.agenda2030();
        List<Result> results = new ArrayList<>();
        for (var byLanguage : parsed.entries.entrySet()) {
            results.add(apply(agenda, byLanguage.getKey(), byLanguage.getValue(), parsed.ignored, dryRun));
        }
        if (!dryRun) {
            catalogue.reload();
            int changed = results.stream().mapToInt(r -> r.changed().size()).sum();
            audit.record(actor == null ? null : actor.organisationId(), actor, AuditAction.GOAL_TEXTS_IMPORTED,
                    Framework.AGENDA_2030, String.join(",", parsed.entries.keySet()) + ": " + changed);
        }
        return results;
    }

    private Result apply(Framework agenda, String lang, Map<String, Entry> entries, int ignored, boolean dryRun) {
        Map<String, GoalElement> byCode = new HashMap<>();
        agenda.elements().forEach(e -> byCode.put(e.code(), e));
        Map<Long, ElementTextRow> current = new HashMap<>();
        texts.findByFrameworks(List.of(agenda.id())).stream().filter(t -> t.lang().equals(lang))
                .forEach(t -> current.put(t.elementId(), t));
        List<String> changed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int unchanged = 0;
        for (Entry entry : entries.values()) {
            GoalElement element = byCode.get(entry.code());
            if (element == null) {
                unknown.add(entry.code());
                continue;
            }
            ElementTextRow row = current.getOrDefault(element.id(), ElementTextRow.empty(element.id(), lang));
            ElementTextRow wanted = row.withOfficial(
                    entry.officialShort() == null ? row.officialShort() : entry.officialShort(),
                    entry.officialTitle() == null ? row.officialTitle() : entry.officialTitle());
            if (wanted.officialShort().equals(row.officialShort())
                    && Objects.equals(wanted.officialTitle(), row.officialTitle())) {
                unchanged++;
                continue;
            }
            changed.add(entry.code());
            if (!dryRun) {
                texts.saveOrUpdate(wanted);
            }
        }
        return new Result(lang, changed, unchanged, unknown, ignored, !dryRun);
    }

    /** Entries by language and code, and how many fields were ignored. */
    record Parsed(Map<String, Map<String, Entry>> entries, int ignored) {
    }

    Parsed parse(String content, @Nullable String defaultLang) {
        Object tree = read(content.strip());
        Map<String, Map<String, Entry>> entries = new TreeMap<>();
        int[] ignored = {0};
        if (tree instanceof List<?> list) {
            readUnApi(list, require(defaultLang), entries, ignored);
        } else if (tree instanceof Map<?, ?> map && map.containsKey("code") && map.containsKey("title")) {
            readUnApi(List.of(map), require(defaultLang), entries, ignored);
        } else if (tree instanceof Map<?, ?> map) {
            readOpenSdg(map, defaultLang, entries, ignored);
        } else {
            throw new InvalidRequestException("goals.import.error.format");
        }
        return new Parsed(entries, ignored[0]);
    }

    private Object read(String content) {
        if (content.startsWith("{") || content.startsWith("[")) {
            try {
                return json.readValue(content, Object.class);
            } catch (IOException | RuntimeException e) {
                throw new InvalidRequestException("goals.import.error.format");
            }
        }
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            return new Yaml(new SafeConstructor(options)).load(content);
        } catch (RuntimeException e) {
            throw new InvalidRequestException("goals.import.error.format");
        }
    }

    private static void readUnApi(List<?> items, String lang, Map<String, Map<String, Entry>> entries, int[] ignored) {
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> map) || !(map.get("code") instanceof String code)) {
                throw new InvalidRequestException("goals.import.error.format");
            }
            String title = clean(map.get("title"), MAX_TITLE);
            put(entries, lang, new Entry(code.strip(), null, title));
            if (map.get("targets") instanceof List<?> targets) {
                readUnApi(targets, lang, entries, ignored);
            }
            if (map.get("indicators") instanceof List<?> indicators) {
                ignored[0] += indicators.size();
            }
        }
    }

    private static void readOpenSdg(Map<?, ?> map, @Nullable String lang, Map<String, Map<String, Entry>> entries,
                                    int[] ignored) {
        for (var field : map.entrySet()) {
            String key = String.valueOf(field.getKey());
            if (field.getValue() instanceof Map<?, ?> nested) {
                boolean isLanguage = !key.startsWith("global") && LANGUAGE.matcher(key).matches();
                readOpenSdg(nested, isLanguage ? language(key) : lang, entries, ignored);
                continue;
            }
            Matcher m = OPEN_SDG_KEY.matcher(key);
            if (!m.matches() || !(field.getValue() instanceof String value)) {
                ignored[0]++;
                continue;
            }
            String[] parts = m.group(2).isEmpty() ? new String[0] : m.group(2).substring(1).split("-");
            if (parts.length > 1 || (parts.length == 1 && m.group(3).equals("short"))) {
                ignored[0]++; // indicators (1-1-1-title) and anything else we do not keep
                continue;
            }
            String code = parts.length == 0 ? m.group(1) : m.group(1) + "." + parts[0];
            boolean isShort = m.group(3).equals("short");
            Entry entry = new Entry(code, isShort ? clean(value, MAX_SHORT) : null,
                    isShort ? null : clean(value, MAX_TITLE));
            put(entries, require(lang), entry);
        }
    }

    private static void put(Map<String, Map<String, Entry>> entries, String lang, Entry entry) {
        entries.computeIfAbsent(lang, k -> new LinkedHashMap<>()).merge(entry.code(), entry, (a, b) -> new Entry(
                a.code(), b.officialShort() != null ? b.officialShort() : a.officialShort(),
                b.officialTitle() != null ? b.officialTitle() : a.officialTitle()));
    }

    private static String require(@Nullable String lang) {
        if (lang == null) {
            throw new InvalidRequestException("goals.import.error.language");
        }
        return lang;
    }

    /** {@code zh_Hans} → {@code zh-Hans}, {@code nb_NO} → {@code nb-NO}; anything else is refused. */
    static String language(String code) {
        if (!LANGUAGE.matcher(code).matches() || code.length() > 16) {
            throw new InvalidRequestException("goals.import.error.language");
        }
        return code.replace('_', '-');
    }

    /** Whitespace collapsed, control characters dropped, cut to {@code max}. */
    private static String clean(@Nullable Object value, int max) {
        String text = value == null ? "" : String.valueOf(value).replaceAll("\\p{Cntrl}", " ")
                .replaceAll("\\s+", " ").strip();
        return text.length() > max ? text.substring(0, max) : text;
    }
}
