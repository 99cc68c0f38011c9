package se.samrad.stakeholder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometry of the interest/influence grid as the page draws it in SVG: interest along the x axis, influence
 * up the y axis, one cell per level pair, the four quadrants as labelled areas, each stakeholder a dot with its
 * name written beside it (never colour alone). The chart is one image without links (links inside an image
 * would be nested controls); the table under it links each stakeholder. Stakeholders in the same cell are listed under each other; when
 * a cell is full the rest are counted ("+2"), and the table under the chart names every one.
 */
public final class GridChart {

    static final int CELL = 96;
    static final int LEFT = 56;
    static final int TOP = 8;
    static final int WIDTH = LEFT + CELL * Quadrant.MAX + 8;
    static final int HEIGHT = TOP + CELL * Quadrant.MAX + 48;
    private static final int ROW = 16;
    private static final int PER_CELL = 5;
    private static final int MAX_LABEL = 14;

    public record Area(Quadrant quadrant, int x, int y, int width, int height) {
    }

    public record Point(int x, int y, String label, String title, String href) {
    }

    public record Chart(int width, int height, int cell, int left, int top, List<Area> areas, List<Point> points,
                 List<Integer> levels) {
    }

    private GridChart() {
    }

    static Chart of(List<Placements.Current> placements) {
        Map<String, Integer> filled = new HashMap<>();
        List<Point> points = new ArrayList<>();
        for (Placements.Current current : placements) {
            int interest = current.placement().interest();
            int influence = current.placement().influence();
            String cell = interest + "/" + influence;
            int index = filled.merge(cell, 1, Integer::sum) - 1;
            int x = LEFT + (interest - 1) * CELL + 10;
            int y = TOP + (Quadrant.MAX - influence) * CELL + 16 + index * ROW;
            String name = current.stakeholder().name();
            if (index < PER_CELL - 1) {
                points.add(new Point(x, y, shorten(name), name, "/stakeholders/organisations/" + current.stakeholder().id()));
            } else if (index == PER_CELL - 1) {
                points.add(new Point(x, y, "+", "", ""));
            }
        }
        countOverflow(points, filled);
        return new Chart(WIDTH, HEIGHT, CELL, LEFT, TOP, areas(), points, List.of(1, 2, 3, 4, 5));
    }

    /** The "+" marker of a full cell becomes "+n", n being how many are not drawn there. */
    private static void countOverflow(List<Point> points, Map<String, Integer> filled) {
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p.label().equals("+")) {
                int interest = (p.x() - LEFT - 10) / CELL + 1;
                int influence = Quadrant.MAX - (p.y() - TOP - 16) / CELL;
                int hidden = filled.get(interest + "/" + influence) - (PER_CELL - 1);
                points.set(i, new Point(p.x(), p.y(), "+" + hidden, "", ""));
            }
        }
    }

    private static List<Area> areas() {
        int low = (Quadrant.HIGH - 1) * CELL;
        int high = (Quadrant.MAX - Quadrant.HIGH + 1) * CELL;
        return List.of(
                new Area(Quadrant.KEEP_SATISFIED, LEFT, TOP, low, high),
                new Area(Quadrant.MANAGE_CLOSELY, LEFT + low, TOP, high, high),
                new Area(Quadrant.MONITOR, LEFT, TOP + high, low, low),
                new Area(Quadrant.KEEP_INFORMED, LEFT + low, TOP + high, high, low));
    }

    static String shorten(String name) {
        return name.length() <= MAX_LABEL ? name : name.substring(0, MAX_LABEL - 1).strip() + "…";
    }
}
