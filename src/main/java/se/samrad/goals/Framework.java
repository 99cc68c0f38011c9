package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A goal framework (målramverk) with its goals: Agenda 2030, a national set of objectives, a model such as the
 * Doughnut, or an organisation's own vision with focus areas and goals ({@code organisationId} set).
 */
public record Framework(long id, String key, @Nullable Long organisationId, FrameworkKind kind, int position,
                        String sourceUrl, Map<String, String> names, Map<String, String> descriptions,
                        List<GoalElement> goals) {

    public static final String AGENDA_2030 = "agenda2030";

    public Text name(String lang) {
        return pick(names, lang).orElse(new Text(key, lang));
    }

    public Text description(String lang) {
        return pick(descriptions, lang).orElse(new Text("", lang));
    }

    public boolean isOwned() {
        return organisationId != null;
    }

    /** The framework's targets, or its goals where they have none (see {@link GoalElement#leaves}). */
    public List<GoalElement> leaves() {
        return goals.stream().flatMap(g -> g.leaves().stream()).toList();
    }

    /** Every goal and target, goals first within each goal's group. */
    public List<GoalElement> elements() {
        return goals.stream().flatMap(g -> java.util.stream.Stream.concat(java.util.stream.Stream.of(g),
                g.children().stream())).toList();
    }

    public Optional<GoalElement> element(String code) {
        return elements().stream().filter(e -> e.code().equalsIgnoreCase(code)).findFirst();
    }

    /** The goal a target of this framework belongs to (itself for a goal). */
    public GoalElement goalOf(GoalElement element) {
        if (element.parentId() == null) {
            return element;
        }
        return goals.stream().filter(g -> g.id() == element.parentId()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(element.code() + " is not in " + key));
    }

    public int targetCount() {
        return goals.stream().mapToInt(g -> g.children().size()).sum();
    }

    private static Optional<Text> pick(Map<String, String> texts, String lang) {
        for (String candidate : GoalElement.candidates(lang)) {
            String value = texts.get(candidate);
            if (value != null && !value.isEmpty()) {
                return Optional.of(new Text(value, candidate));
            }
        }
        return Optional.empty();
    }
}
