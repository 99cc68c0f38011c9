package se.samrad.consequence;

import jakarta.inject.Singleton;
import se.samrad.goals.GoalElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SKR's matrix for a case (seed 001): a row per alternative and horizon, the alternatives first and "what happens
 * if we do nothing" last; columns effect (the dimensions, global responsibility and the groups worst off),
 * service perspective (economy, staff, results and benefit, resources), societal perspective (the chosen goals
 * and residents) and the priority 1–3. Read with the alternatives and two grouped reads of the cells
 * ({@link Cells#summaries}), whatever the number of assessors.
 */
@Singleton
public class Matrix {

    /** One aspect in a column with its cell. */
    public record Item(Pages.AspectLine line, Sheet.Summary cell) {
    }

    public record Row(AlternativeRow alternative, Horizon horizon, boolean first, List<Item> effect,
                      List<Item> service, List<Item> societal) {
    }

    private static final Set<Aspect.Group> EFFECT = Set.of(Aspect.Group.EFFECT, Aspect.Group.GROUPS);
    private static final Set<Aspect.Group> SERVICE = Set.of(Aspect.Group.SERVICE, Aspect.Group.RESOURCES);
    private static final Set<Aspect.Group> SOCIETAL = Set.of(Aspect.Group.SOCIETAL);

    private final Cases cases;
    private final Cells cells;

    Matrix(Cases cases, Cells cells) {
        this.cases = cases;
        this.cells = cells;
    }

    public List<Row> rows(CaseRow kase) {
        return rows(kase, cases.targets(kase), cases.alternatives(kase));
    }

    /** The rows for the case's targets and alternatives as the caller has read them. */
    public List<Row> rows(CaseRow kase, List<GoalElement> targets, List<AlternativeRow> alternatives) {
        List<Pages.AspectLine> lines = Pages.aspects(targets);
        Map<Sheet.Key, Sheet.Summary> sheet = cells.summaries(kase);
        List<AlternativeRow> ordered = new ArrayList<>(alternatives.stream().filter(a -> !a.doNothing()).toList());
        ordered.addAll(alternatives.stream().filter(AlternativeRow::doNothing).toList());
        List<Row> rows = new ArrayList<>();
        for (AlternativeRow alt : ordered) {
            for (Horizon h : Horizon.values()) {
                rows.add(new Row(alt, h, h == Horizon.SHORT, items(lines, EFFECT, sheet, alt, h),
                        items(lines, SERVICE, sheet, alt, h), items(lines, SOCIETAL, sheet, alt, h)));
            }
        }
        return rows;
    }

    /** The aspects of these groups that have a view or a value, in the form's order. */
    private static List<Item> items(List<Pages.AspectLine> lines, Set<Aspect.Group> groups,
                                    Map<Sheet.Key, Sheet.Summary> sheet, AlternativeRow alt, Horizon h) {
        List<Item> items = new ArrayList<>();
        for (Pages.AspectLine line : lines) {
            if (groups.contains(line.group())) {
                Sheet.Summary cell = sheet.get(new Sheet.Key(alt.id(), h, line.key()));
                if (cell != null) {
                    items.add(new Item(line, cell));
                }
            }
        }
        return items;
    }
}
