package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.goals.PrioritisedTargetSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expected effect against resources for the alternatives of one case or of every case (SS 854000 10.3). The
 * effect is the sum of the cells' values (−2 … +2 each; uncertain and disputed cells count 0) over both horizons,
 * a target the organisation prioritised counting twice; the resources are the money over ten years (one-off plus
 * ten years of the yearly sum). The chart is the same data as the table, drawn as SVG on the server.
 */
@Singleton
public class Prioritisation {

    static final int WIDTH = 640;
    static final int HEIGHT = 320;
    static final int LEFT = 72;
    static final int TOP = 16;
    static final int RIGHT = 24;
    static final int BOTTOM = 44;

    /** One alternative: its case, effect, ten-year money, yearly staff, and where the chart puts it. */
    public record Point(CaseRow kase, AlternativeRow alternative, int effect, BigDecimal money,
                        @Nullable BigDecimal staffYearly, int assessed, int x, int y) {
    }

    public record Chart(int width, int height, int left, int top, int plotWidth, int plotHeight, int zeroY,
                        int minEffect, int maxEffect, BigDecimal maxMoney, List<Point> points) {
    }

    private final Cases cases;
    private final Cells cells;
    private final List<PrioritisedTargetSource> prioritised;

    Prioritisation(Cases cases, Cells cells, List<PrioritisedTargetSource> prioritised) {
        this.cases = cases;
        this.cells = cells;
        this.prioritised = prioritised;
    }

    /** The alternatives of one case. */
    public Chart ofCase(long org, CaseRow kase) {
        return chart(effects(org, kase.id()), Map.of(kase.id(), kase), cases.alternatives(kase));
    }

    /** The alternatives of every case of the organisation, from one grouped read of all their cells. */
    public Chart acrossCases(long org) {
        Map<Long, CaseRow> byId = new LinkedHashMap<>();
        cases.list(org).forEach(c -> byId.put(c.id(), c));
        List<AlternativeRow> alternatives = byId.isEmpty() ? List.of() : cases.alternatives(org, byId.keySet());
        List<AlternativeRow> ordered = new ArrayList<>();
        // The cases newest first, as listed; each case's alternatives in their order.
        Map<Long, List<AlternativeRow>> perCase = new HashMap<>();
        alternatives.forEach(a -> perCase.computeIfAbsent(a.caseId(), k -> new ArrayList<>()).add(a));
        byId.keySet().forEach(id -> ordered.addAll(perCase.getOrDefault(id, List.of())));
        return chart(effects(org, 0), byId, ordered);
    }

    private Map<Long, Cells.Effect> effects(long org, long caseId) {
        Set<String> weighted = new HashSet<>();
        prioritised.forEach(p -> p.prioritised(org).forEach(t -> weighted.add(Aspect.target(t))));
        return cells.effects(org, caseId, weighted);
    }

    private static Chart chart(Map<Long, Cells.Effect> effects, Map<Long, CaseRow> cases,
                               List<AlternativeRow> alternatives) {
        List<Point> raw = new ArrayList<>();
        for (AlternativeRow alt : alternatives) {
            Cells.Effect figures = effects.getOrDefault(alt.id(), Cells.Effect.NONE);
            BigDecimal money = nz(alt.moneyOnce()).add(nz(alt.moneyYearly()).multiply(BigDecimal.TEN));
            raw.add(new Point(cases.get(alt.caseId()), alt, figures.effect(), money, alt.staffYearly(),
                    figures.assessed(), 0, 0));
        }
        return place(raw);
    }

    private static BigDecimal nz(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static Chart place(List<Point> raw) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int min = Math.min(0, raw.stream().mapToInt(Point::effect).min().orElse(0));
        int max = Math.max(1, raw.stream().mapToInt(Point::effect).max().orElse(1));
        BigDecimal maxMoney = raw.stream().map(Point::money).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        double moneyScale = maxMoney.signum() == 0 ? 0 : plotWidth / maxMoney.doubleValue();
        List<Point> placed = raw.stream().map(p -> new Point(p.kase(), p.alternative(), p.effect(), p.money(),
                p.staffYearly(), p.assessed(), LEFT + (int) Math.round(p.money().doubleValue() * moneyScale),
                TOP + (int) Math.round((max - p.effect()) * (double) plotHeight / (max - min)))).toList();
        int zeroY = TOP + (int) Math.round(max * (double) plotHeight / (max - min));
        return new Chart(WIDTH, HEIGHT, LEFT, TOP, plotWidth, plotHeight, zeroY, min, max, maxMoney, placed);
    }
}
