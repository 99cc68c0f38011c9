package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.goals.Dimension;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.platform.organisation.OrgUnit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The follow-up table of seed 001 (Grums): per relevant target its dimension, keyword, indicator, latest value with
 * year and comparison, steering document, desired state (the target level and its note), current state and signal;
 * grouped by goal (an own goal's focus area too), dimension or responsible unit. An indicator linked to several
 * targets has a row under each; one linked to none has a row of its own.
 */
@Singleton
public class FollowUp {

    /** How rows are grouped. */
    public enum Grouping {
        GOAL, DIMENSION, UNIT
    }

    /** Columns a reader may choose (the indicator is always there). */
    public enum Column {
        TARGET, DIMENSION, KEYWORD, LATEST, COMPARISON, STEERING, DESIRED, SIGNAL, TREND, RANK
    }

    /** One row: the target (null for an indicator linked to none) and the indicator's figures. */
    public record Row(@Nullable GoalElement target, List<Dimension> dimensions, IndicatorFigures.Figures figures) {

        public @Nullable TargetLevelRow desired() {
            return figures.signal().target();
        }
    }

    /** A group of rows under a heading: a goal, or a message key (a dimension, "none"), or a unit's name. */
    public record Group(String key, @Nullable GoalElement goal, String labelKey, String label, List<Row> rows) {
    }

    private final Indicators indicators;
    private final IndicatorFigures figures;
    private final GoalCatalogue catalogue;

    FollowUp(Indicators indicators, IndicatorFigures figures, GoalCatalogue catalogue) {
        this.indicators = indicators;
        this.figures = figures;
        this.catalogue = catalogue;
    }

    /** The organisation's follow-up, grouped. */
    public List<Group> groups(long organisationId, Grouping grouping) {
        List<IndicatorFigures.Figures> all = figures.summaries(organisationId);
        Map<Long, List<Long>> links = indicators.goalIds(organisationId,
                all.stream().map(f -> f.indicator().id()).toList());
        List<Row> rows = new ArrayList<>();
        for (IndicatorFigures.Figures f : all) {
            List<GoalElement> targets = links.getOrDefault(f.indicator().id(), List.of()).stream()
                    .flatMap(id -> catalogue.element(id, organisationId).stream()).toList();
            if (targets.isEmpty()) {
                rows.add(new Row(null, List.of(), f));
            }
            for (GoalElement target : targets) {
                rows.add(new Row(target, target.dimensionList(), f));
            }
        }
        return switch (grouping) {
            case GOAL -> byGoal(organisationId, rows);
            case DIMENSION -> byDimension(rows);
            case UNIT -> byUnit(organisationId, rows);
        };
    }

    private List<Group> byGoal(long organisationId, List<Row> rows) {
        Map<Long, GoalElement> goals = new LinkedHashMap<>();
        Map<Long, List<Row>> grouped = new LinkedHashMap<>();
        List<Row> none = new ArrayList<>();
        rows.stream().sorted(Comparator.comparing((Row r) -> r.target() == null ? "" : r.target().frameworkKey())
                .thenComparing(r -> r.target() == null ? 0 : r.target().position())).forEach(row -> {
            if (row.target() == null) {
                none.add(row);
                return;
            }
            GoalElement goal = catalogue.goalOf(row.target(), organisationId);
            goals.putIfAbsent(goal.id(), goal);
            grouped.computeIfAbsent(goal.id(), id -> new ArrayList<>()).add(row);
        });
        List<Group> groups = new ArrayList<>();
        grouped.forEach((id, list) -> groups.add(new Group("goal-" + id, goals.get(id), "", "", list)));
        if (!none.isEmpty()) {
            groups.add(new Group("none", null, "indicator.follow-up.no-target", "", none));
        }
        return groups;
    }

    private static List<Group> byDimension(List<Row> rows) {
        List<Group> groups = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            List<Row> in = rows.stream().filter(r -> r.dimensions().contains(d)).toList();
            if (!in.isEmpty()) {
                groups.add(new Group(d.name(), null, "goals.dimension." + d, "", in));
            }
        }
        List<Row> none = rows.stream().filter(r -> r.dimensions().isEmpty()).toList();
        if (!none.isEmpty()) {
            groups.add(new Group("none", null, "indicator.follow-up.no-dimension", "", none));
        }
        return groups;
    }

    private List<Group> byUnit(long organisationId, List<Row> rows) {
        Map<Long, String> names = indicators.units(organisationId).stream()
                .collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
        Map<String, List<Row>> grouped = new java.util.TreeMap<>();
        for (Row row : rows) {
            Long unit = row.figures().indicator().unitId();
            String name = Optional.ofNullable(unit).map(names::get).orElse("");
            grouped.computeIfAbsent(name, n -> new ArrayList<>()).add(row);
        }
        List<Group> groups = new ArrayList<>();
        grouped.forEach((name, list) -> groups.add(new Group("unit-" + name, null,
                name.isEmpty() ? "indicator.follow-up.no-unit" : "", name, list)));
        return groups;
    }
}
