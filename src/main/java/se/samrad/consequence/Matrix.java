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
 * and residents) and the priority 1–3.
 */
@Singleton
public class Matrix {

    /** One aspect in a column with its cell. */
    public record Item(Pages.AspectLine line, Sheet.Cell cell) {
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
        List<GoalElement> targets = cases.targets(kase);
        List<Pages.AspectLine> lines = Pages.aspects(targets);
        Sheet sheet = cells.sheet(kase);
        Map<Long, String> people = cells.people(kase.organisationId());
        List<AlternativeRow> ordered = new ArrayList<>(cases.alternatives(kase).stream()
                .filter(a -> !a.doNothing()).toList());
        ordered.addAll(cases.alternatives(kase).stream().filter(AlternativeRow::doNothing).toList());
        List<Row> rows = new ArrayList<>();
        for (AlternativeRow alt : ordered) {
            for (Horizon h : Horizon.values()) {
                rows.add(new Row(alt, h, h == Horizon.SHORT, items(lines, EFFECT, sheet, alt, h, people),
                        items(lines, SERVICE, sheet, alt, h, people), items(lines, SOCIETAL, sheet, alt, h, people)));
            }
        }
        return rows;
    }

    /** The aspects of these groups that have a view or a value, in the form's order. */
    private static List<Item> items(List<Pages.AspectLine> lines, Set<Aspect.Group> groups, Sheet sheet,
                                    AlternativeRow alt, Horizon h, Map<Long, String> people) {
        List<Item> items = new ArrayList<>();
        for (Pages.AspectLine line : lines) {
            if (groups.contains(line.group())) {
                Sheet.Cell cell = sheet.cell(alt.id(), h, line.key(), people);
                if (!cell.empty()) {
                    items.add(new Item(line, cell));
                }
            }
        }
        return items;
    }
}
