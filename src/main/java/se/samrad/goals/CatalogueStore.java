package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads frameworks from MariaDB into immutable {@link Framework} snapshots and writes framework definitions
 * back idempotently: a definition applied twice changes nothing the second time, and every write reports
 * what it changed.
 */
@Singleton
public class CatalogueStore {

    private final FrameworkRowRepository frameworks;
    private final FrameworkTextRowRepository frameworkTexts;
    private final ElementRowRepository elements;
    private final ElementTextRowRepository elementTexts;
    private final Clock clock;

    CatalogueStore(FrameworkRowRepository frameworks, FrameworkTextRowRepository frameworkTexts,
                   ElementRowRepository elements, ElementTextRowRepository elementTexts, Clock clock) {
        this.frameworks = frameworks;
        this.frameworkTexts = frameworkTexts;
        this.elements = elements;
        this.elementTexts = elementTexts;
        this.clock = clock;
    }

    /** The built-in frameworks ({@code organisationId} null) or one organisation's own, in display order. */
    @Transactional(readOnly = true)
    public List<Framework> load(@Nullable Long organisationId) {
        List<FrameworkRow> rows = organisationId == null ? frameworks.findByOrganisationIdIsNull()
                : frameworks.findByOrganisationId(organisationId);
        return assemble(rows);
    }

    private List<Framework> assemble(List<FrameworkRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(FrameworkRow::id).toList();
        Map<Long, List<FrameworkTextRow>> namesByFramework = frameworkTexts.findByFrameworkIdInList(ids).stream()
                .collect(Collectors.groupingBy(FrameworkTextRow::frameworkId));
        Map<Long, Map<String, ElementText>> textsByElement = new HashMap<>();
        for (ElementTextRow text : elementTexts.findByFrameworks(ids)) {
            textsByElement.computeIfAbsent(text.elementId(), k -> new LinkedHashMap<>())
                    .put(text.lang(), ElementText.of(text));
        }
        Map<Long, List<ElementRow>> elementsByFramework = elements.findByFrameworkIdInList(ids).stream()
                .sorted(Comparator.comparingInt(ElementRow::position).thenComparing(ElementRow::id))
                .collect(Collectors.groupingBy(ElementRow::frameworkId));
        List<Framework> result = new ArrayList<>();
        for (FrameworkRow row : rows) {
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, String> descriptions = new LinkedHashMap<>();
            for (FrameworkTextRow text : namesByFramework.getOrDefault(row.id(), List.of())) {
                names.put(text.lang(), text.name());
                descriptions.put(text.lang(), text.description());
            }
            List<ElementRow> own = elementsByFramework.getOrDefault(row.id(), List.of());
            List<GoalElement> goals = own.stream().filter(e -> e.parentId() == null)
                    .map(goal -> element(row.key(), goal, own.stream()
                            .filter(e -> Objects.equals(e.parentId(), goal.id()))
                            .map(target -> element(row.key(), target, List.of(), textsByElement))
                            .toList(), textsByElement))
                    .toList();
            result.add(new Framework(row.id(), row.key(), row.organisationId(), FrameworkKind.valueOf(row.kind()),
                    row.position(), row.sourceUrl(), Map.copyOf(names), Map.copyOf(descriptions), goals));
        }
        result.sort(Comparator.comparingInt(Framework::position).thenComparing(Framework::id));
        return List.copyOf(result);
    }

    private static GoalElement element(String frameworkKey, ElementRow row, List<GoalElement> children,
                                       Map<Long, Map<String, ElementText>> texts) {
        return new GoalElement(row.id(), frameworkKey, row.parentId(), row.level(), row.code(), row.position(),
                row.colour(), Set.copyOf(Dimension.parse(row.dimensions())),
                Map.copyOf(texts.getOrDefault(row.id(), Map.of())), children);
    }

    /**
     * Creates or updates the framework, its goals and targets and their own titles to match the definition.
     * Imported official texts are left alone; elements missing from the definition are kept (other
     * capabilities may refer to them).
     */
    @Transactional
    public ChangeReport apply(FrameworkDefinition definition, @Nullable Long organisationId) {
        ChangeReport report = new ChangeReport();
        Instant now = clock.instant();
        String source = definition.source() == null ? "" : definition.source();
        FrameworkRow framework = frameworks.findByKey(definition.key()).orElse(null);
        if (framework == null) {
            framework = frameworks.save(new FrameworkRow(null, definition.key(), organisationId,
                    definition.kind().name(), definition.position(), source, now));
            report.added("framework");
        } else if (!framework.kind().equals(definition.kind().name()) || framework.position() != definition.position()
                || !framework.sourceUrl().equals(source)) {
            framework = frameworks.update(framework.with(definition.kind().name(), definition.position(), source));
            report.updated("framework");
        }
        applyFrameworkTexts(framework.id(), definition, report);

        long frameworkId = framework.id();
        Map<String, ElementRow> existing = elements.findByFrameworkIdInList(List.of(frameworkId)).stream()
                .collect(Collectors.toMap(ElementRow::code, Function.identity()));
        Map<Long, Map<String, ElementTextRow>> texts = new HashMap<>();
        elementTexts.findByFrameworks(List.of(frameworkId)).forEach(t ->
                texts.computeIfAbsent(t.elementId(), k -> new HashMap<>()).put(t.lang(), t));
        int position = 0;
        for (FrameworkDefinition.GoalDefinition goal : definition.goals()) {
            String dimensions = goal.dimensions() == null ? "" : Dimension.format(Set.copyOf(goal.dimensions()));
            ElementRow goalRow = upsertElement(existing, new ElementRow(null, frameworkId, null, 1, goal.code(),
                    ++position, goal.colour(), dimensions, now), report);
            upsertTitles(goalRow.id(), goal.title(), texts, report);
            for (FrameworkDefinition.TargetDefinition target : goal.targetsOrEmpty()) {
                ElementRow targetRow = upsertElement(existing, new ElementRow(null, frameworkId, goalRow.id(), 2,
                        target.code(), ++position, null, "", now), report);
                upsertTitles(targetRow.id(), target.title(), texts, report);
            }
        }
        return report;
    }

    /** Drops a framework's texts in languages no longer given (a cleared translation). */
    @Transactional
    public void removeFrameworkTextsExcept(long frameworkId, Set<String> languages) {
        frameworkTexts.findByFrameworkIdInList(List.of(frameworkId)).stream()
                .filter(t -> !languages.contains(t.lang()))
                .forEach(t -> frameworkTexts.deleteByFrameworkIdAndLang(frameworkId, t.lang()));
    }

    private void applyFrameworkTexts(long frameworkId, FrameworkDefinition definition, ChangeReport report) {
        Map<String, FrameworkTextRow> existing = frameworkTexts.findByFrameworkIdInList(List.of(frameworkId))
                .stream().collect(Collectors.toMap(FrameworkTextRow::lang, Function.identity()));
        Map<String, String> descriptions = definition.description() == null ? Map.of() : definition.description();
        for (var name : definition.name().entrySet()) {
            String description = descriptions.getOrDefault(name.getKey(), "");
            FrameworkTextRow current = existing.get(name.getKey());
            if (current == null) {
                frameworkTexts.save(new FrameworkTextRow(null, frameworkId, name.getKey(), name.getValue(), description));
                report.added("framework-text");
            } else if (!current.name().equals(name.getValue()) || !current.description().equals(description)) {
                frameworkTexts.update(new FrameworkTextRow(current.id(), frameworkId, name.getKey(), name.getValue(),
                        description));
                report.updated("framework-text");
            }
        }
    }

    private ElementRow upsertElement(Map<String, ElementRow> existing, ElementRow wanted, ChangeReport report) {
        ElementRow current = existing.get(wanted.code());
        if (current == null) {
            ElementRow saved = elements.save(wanted);
            existing.put(saved.code(), saved);
            report.added(wanted.level() == 1 ? "goal" : "target");
            return saved;
        }
        if (!Objects.equals(current.parentId(), wanted.parentId()) || current.position() != wanted.position()
                || !Objects.equals(current.colour(), wanted.colour()) || !current.dimensions().equals(wanted.dimensions())) {
            current = elements.update(current.with(wanted.parentId(), wanted.code(), wanted.position(), wanted.colour(),
                    wanted.dimensions()));
            existing.put(current.code(), current);
            report.updated(wanted.level() == 1 ? "goal" : "target");
        }
        return current;
    }

    private void upsertTitles(long elementId, Map<String, String> titles, Map<Long, Map<String, ElementTextRow>> texts,
                              ChangeReport report) {
        Map<String, ElementTextRow> current = texts.getOrDefault(elementId, Map.of());
        for (var title : titles.entrySet()) {
            ElementTextRow row = current.get(title.getKey());
            if (row == null) {
                elementTexts.save(ElementTextRow.empty(elementId, title.getKey()).withOwn(title.getValue(), ""));
                report.added("title");
            } else if (!row.title().equals(title.getValue())) {
                elementTexts.update(row.withOwn(title.getValue(), row.description()));
                report.updated("title");
            }
        }
    }
}
