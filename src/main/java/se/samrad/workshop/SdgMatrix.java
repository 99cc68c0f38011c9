package se.samrad.workshop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Results of SDG interaction scoring (SDG Synergies, Nilsson et al.): for each ordered pair of targets, how
 * the row target influences the column target on the 7-point scale (+3 indivisible ... -3 cancelling). Each
 * cell has its mean and spread; a cell where scorers disagree (both signs, or a spread of 2 or more) is
 * flagged. Row sums show how a target pushes others (influence), column sums how it is pushed; positive and
 * negative interactions are summed apart so that synergies and conflicts do not cancel out.
 */
public record SdgMatrix(int size, Cell[][] cells, List<Sum> rows, List<Sum> columns, List<Integer> mostInfluential) {

    public static final int DISAGREEMENT_SPREAD = 2;

    public record Cell(int row, int col, int count, double mean, double spread, int min, int max, boolean disagreement,
                       List<String> comments) {
        public boolean isScored() {
            return count > 0;
        }

        /** -3 ... 3, the mean rounded: the heat map's colour class (decoration only; the number is shown). */
        public int level() {
            return (int) Math.round(mean);
        }
    }

    public record Sum(int index, double positive, double negative, int scored) {
        public double net() {
            return positive + negative;
        }

        public double magnitude() {
            return positive - negative;
        }
    }

    static SdgMatrix of(int size, Map<String, Map<String, ActivityState.Score>> scores) {
        Cell[][] cells = new Cell[size][size];
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                Map<String, ActivityState.Score> byAuthor = scores.get(r + ":" + c);
                cells[r][c] = cell(r, c, byAuthor == null ? List.of() : byAuthor.values());
            }
        }
        List<Sum> rows = new ArrayList<>();
        List<Sum> columns = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            rows.add(sum(i, cells, true));
            columns.add(sum(i, cells, false));
        }
        List<Integer> influential = rows.stream().filter(s -> s.scored() > 0)
                .sorted(Comparator.comparingDouble(Sum::magnitude).reversed().thenComparing(Sum::index))
                .map(Sum::index).toList();
        return new SdgMatrix(size, cells, rows, columns, influential);
    }

    private static Cell cell(int r, int c, Collection<ActivityState.Score> scores) {
        if (scores.isEmpty() || r == c) {
            return new Cell(r, c, 0, 0, 0, 0, 0, false, List.of());
        }
        double mean = scores.stream().mapToInt(ActivityState.Score::value).average().orElse(0);
        double variance = scores.stream().mapToDouble(s -> (s.value() - mean) * (s.value() - mean)).sum() / scores.size();
        int min = scores.stream().mapToInt(ActivityState.Score::value).min().orElse(0);
        int max = scores.stream().mapToInt(ActivityState.Score::value).max().orElse(0);
        boolean disagreement = (min < 0 && max > 0) || max - min >= DISAGREEMENT_SPREAD;
        List<String> comments = scores.stream().map(ActivityState.Score::comment).filter(s -> !s.isBlank()).toList();
        return new Cell(r, c, scores.size(), round(mean), round(Math.sqrt(variance)), min, max, disagreement, comments);
    }

    private static Sum sum(int i, Cell[][] cells, boolean row) {
        double positive = 0;
        double negative = 0;
        int scored = 0;
        for (int j = 0; j < cells.length; j++) {
            Cell cell = row ? cells[i][j] : cells[j][i];
            if (cell.isScored()) {
                scored++;
                if (cell.mean() > 0) {
                    positive += cell.mean();
                } else {
                    negative += cell.mean();
                }
            }
        }
        return new Sum(i, round(positive), round(negative), scored);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    public Cell cell(int row, int col) {
        return cells[row][col];
    }
}
