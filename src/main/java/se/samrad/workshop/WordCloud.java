package se.samrad.workshop;

import java.util.ArrayList;
import java.util.List;

/**
 * A word cloud laid out on the server: the most frequent words, each sized by its frequency and placed on a
 * spiral out from the middle where its box overlaps no word already placed. The layout depends only on the
 * words and their counts (ties keep the order the words came), so every screen draws the same cloud. A word's
 * width is estimated from its letters and drawn at exactly that width ({@code textLength}), so words never
 * overlap whatever the font; words in a right-to-left script are marked so.
 */
public record WordCloud(int width, int height, List<Word> words) {

    static final int WIDTH = 1600;
    static final int HEIGHT = 820;
    static final int MOST = 60;
    private static final double MIN_SIZE = 30;
    private static final double MAX_SIZE = 150;
    private static final double GAP = 8;

    /** A placed word: its text, its baseline centre, its font size and drawn width, rank (0 = most frequent). */
    public record Word(String text, int count, int x, int y, int size, int length, boolean rtl, int rank) {
    }

    static WordCloud of(List<ActivityView.Count> counts) {
        List<ActivityView.Count> sorted = new ArrayList<>(counts);
        sorted.sort((a, b) -> Integer.compare(b.count(), a.count()));
        if (sorted.size() > MOST) {
            sorted = sorted.subList(0, MOST);
        }
        List<Word> placed = new ArrayList<>();
        List<double[]> boxes = new ArrayList<>();
        if (sorted.isEmpty()) {
            return new WordCloud(WIDTH, HEIGHT, placed);
        }
        int top = sorted.getFirst().count();
        int bottom = sorted.getLast().count();
        double[] sizes = new double[sorted.size()];
        double area = 0;
        for (int i = 0; i < sizes.length; i++) {
            ActivityView.Count c = sorted.get(i);
            double share = top == bottom ? 1 : Math.sqrt((c.count() - bottom) / (double) (top - bottom));
            double size = sorted.size() == 1 ? MAX_SIZE : MIN_SIZE + share * (MAX_SIZE - MIN_SIZE);
            // a long word that would not fit the width gets smaller
            sizes[i] = Math.min(size, (WIDTH - 40) / Math.max(1, ems(c.label())));
            area += ems(c.label()) * sizes[i] * sizes[i] * 1.2;
        }
        // many words: all smaller alike, so that they fill about two fifths of the frame and the rest stays air
        double fill = Math.min(1, Math.sqrt(0.4 * WIDTH * HEIGHT / Math.max(1, area)));
        for (int i = 0; i < sorted.size(); i++) {
            ActivityView.Count c = sorted.get(i);
            double size = sizes[i] * fill;
            double w = ems(c.label()) * size;
            double h = size * 1.2;
            double[] spot = place(w, h, boxes);
            while (spot == null && size > 14) {
                size *= 0.85;
                w = ems(c.label()) * size;
                h = size * 1.2;
                spot = place(w, h, boxes);
            }
            if (spot == null) {
                continue;
            }
            boxes.add(spot);
            int cx = (int) Math.round(spot[0] + w / 2);
            // the baseline sits about a fifth of the box above its bottom (room for descenders)
            int baseline = (int) Math.round(spot[1] + h * 0.78);
            placed.add(new Word(c.label(), c.count(), cx, baseline, (int) Math.round(size), (int) Math.round(w),
                    rightToLeft(c.label()), i));
        }
        return new WordCloud(WIDTH, HEIGHT, placed);
    }

    /** The top-left corner of a free box for a w × h word on the spiral, or null when none fits. */
    private static double[] place(double w, double h, List<double[]> boxes) {
        double ratio = (double) WIDTH / HEIGHT;
        for (double t = 0; t < 300; t += 0.08) {
            double r = 5 * t;
            double cx = WIDTH / 2.0 + r * ratio * 0.6 * Math.cos(t);
            double cy = HEIGHT / 2.0 + r * 0.6 * Math.sin(t);
            double x = cx - w / 2;
            double y = cy - h / 2;
            if (x < 4 || y < 4 || x + w > WIDTH - 4 || y + h > HEIGHT - 4) {
                if (r * 0.6 > WIDTH) {
                    return null;
                }
                continue;
            }
            double[] box = {x, y, w, h};
            if (free(box, boxes)) {
                return box;
            }
        }
        return null;
    }

    private static boolean free(double[] b, List<double[]> boxes) {
        for (double[] o : boxes) {
            if (b[0] < o[0] + o[2] + GAP && o[0] < b[0] + b[2] + GAP && b[1] < o[1] + o[3] + GAP
                    && o[1] < b[1] + b[3] + GAP) {
                return false;
            }
        }
        return true;
    }

    /** The estimated width of a word in ems (bold sans-serif). */
    static double ems(String word) {
        double ems = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            if ("iljtfI.,;:'!|".indexOf(cp) >= 0) {
                ems += 0.32;
            } else if ("mwMW".indexOf(cp) >= 0) {
                ems += 0.9;
            } else if (cp == ' ') {
                ems += 0.3;
            } else if (Character.isUpperCase(cp) || Character.isDigit(cp)) {
                ems += 0.68;
            } else if (Character.isIdeographic(cp)) {
                ems += 1.0;
            } else if (isRtl(cp)) {
                ems += 0.52;
            } else {
                ems += 0.58;
            }
        }
        return Math.max(ems, 0.6);
    }

    static boolean rightToLeft(String word) {
        return word.codePoints().anyMatch(WordCloud::isRtl);
    }

    private static boolean isRtl(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW
                || script == Character.UnicodeScript.SYRIAC || script == Character.UnicodeScript.THAANA;
    }
}
