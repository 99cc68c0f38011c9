package se.samrad.stakeholder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuadrantTest {

    @ParameterizedTest
    @CsvSource({
            "5, 5, MANAGE_CLOSELY", "3, 3, MANAGE_CLOSELY", "3, 5, MANAGE_CLOSELY",
            "1, 5, KEEP_SATISFIED", "2, 3, KEEP_SATISFIED",
            "5, 1, KEEP_INFORMED", "3, 2, KEEP_INFORMED",
            "1, 1, MONITOR", "2, 2, MONITOR"
    })
    void interestAndInfluenceOfThreeOrMoreCountAsHigh(int interest, int influence, Quadrant expected) {
        assertEquals(expected, Quadrant.of(interest, influence));
    }

    @ParameterizedTest
    @CsvSource({"0, 3", "6, 3", "3, 0", "3, 6"})
    void levelsOutsideOneToFiveAreRefused(int interest, int influence) {
        assertThrows(IllegalArgumentException.class, () -> Quadrant.of(interest, influence));
    }

    @Test
    void theChartListsStakeholdersOfOneCellUnderEachOtherAndCountsTheOverflow() {
        List<Placements.Current> placements = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            placements.add(current(i, "Organisation med långt namn " + i, 4, 2));
        }
        placements.add(current(99, "Polisen", 1, 5));
        GridChart.Chart chart = GridChart.of(placements);
        List<GridChart.Point> cell = chart.points().stream().filter(p -> p.x() == GridChart.LEFT + 3 * GridChart.CELL + 10)
                .toList();
        assertEquals(5, cell.size());
        assertEquals("Organisation…", cell.get(0).label());
        assertEquals("Organisation med långt namn 0", cell.get(0).title());
        assertEquals("+3", cell.get(4).label());
        assertEquals(List.of(16, 32, 48, 64, 80), cell.stream().map(p -> p.y() - GridChart.TOP - 3 * GridChart.CELL).toList());
        GridChart.Point police = chart.points().get(chart.points().size() - 1);
        assertEquals("Polisen", police.label());
        assertEquals(GridChart.LEFT + 10, police.x());
        assertEquals(GridChart.TOP + 16, police.y());
        assertEquals(4, chart.areas().size());
        // The high part (levels 3-5) is three cells wide, the low part two.
        GridChart.Area close = chart.areas().stream().filter(a -> a.quadrant() == Quadrant.MANAGE_CLOSELY).findFirst().orElseThrow();
        assertEquals(3 * GridChart.CELL, close.width());
        assertEquals(GridChart.LEFT + 2 * GridChart.CELL, close.x());
    }

    private static Placements.Current current(long id, String name, int interest, int influence) {
        StakeholderRow row = new StakeholderRow(id, 1, name, StakeholderKind.COMPANY, false, null, "", "", "",
                java.time.Instant.EPOCH, java.time.Instant.EPOCH);
        PlacementRow placement = new PlacementRow(id, 1, id, interest, influence, "", IssueKind.NONE, null, "",
                java.time.LocalDate.EPOCH, null, java.time.Instant.EPOCH);
        return new Placements.Current(row, placement);
    }
}
