package se.samrad.workshop;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The word cloud's layout: sized by frequency, the same every time, no two words overlapping, inside the frame. */
class WordCloudTest {

    private static List<ActivityView.Count> words(int n) {
        List<ActivityView.Count> words = new ArrayList<>();
        String[] base = {"grönska", "trygghet", "samverkan", "cykel", "تعاون", "delningsekonomi", "tåg", "ren luft",
                "Mångfald", "W", "barnvänligt", "خضرة"};
        for (int i = 0; i < n; i++) {
            words.add(new ActivityView.Count(base[i % base.length] + (i < base.length ? "" : " " + i), 1 + (n - i) % 9, 0));
        }
        return words;
    }

    @Test
    void frequentWordsAreLargerAndNoWordsOverlapOrLeaveTheFrame() {
        WordCloud cloud = WordCloud.of(words(70));
        assertEquals(WordCloud.MOST, cloud.words().size() + missing(cloud), "at most the sixty most frequent");
        assertTrue(cloud.words().size() >= 50, "nearly all fit: " + cloud.words().size());
        for (int i = 0; i < cloud.words().size(); i++) {
            WordCloud.Word a = cloud.words().get(i);
            double[] box = box(a);
            assertTrue(box[0] >= 0 && box[1] >= 0 && box[0] + box[2] <= cloud.width() && box[1] + box[3] <= cloud.height(),
                    a + " inside the frame");
            for (int j = i + 1; j < cloud.words().size(); j++) {
                double[] other = box(cloud.words().get(j));
                boolean apart = box[0] + box[2] <= other[0] || other[0] + other[2] <= box[0]
                        || box[1] + box[3] <= other[1] || other[1] + other[3] <= box[1];
                assertTrue(apart, a + " overlaps " + cloud.words().get(j));
            }
        }
        WordCloud.Word first = cloud.words().getFirst();
        assertTrue(cloud.words().stream().allMatch(w -> w.size() <= first.size() || w.count() == first.count()));
    }

    @Test
    void theLayoutIsTheSameEveryTimeAndRightToLeftWordsAreMarked() {
        assertEquals(WordCloud.of(words(30)), WordCloud.of(words(30)));
        WordCloud cloud = WordCloud.of(words(12));
        assertTrue(cloud.words().stream().filter(w -> w.text().equals("تعاون")).allMatch(WordCloud.Word::rtl));
        assertFalse(cloud.words().stream().filter(w -> w.text().equals("grönska")).anyMatch(WordCloud.Word::rtl));
        assertEquals(List.of(), WordCloud.of(List.of()).words());
        WordCloud one = WordCloud.of(List.of(new ActivityView.Count("ensam", 1, 100)));
        assertEquals(1, one.words().size());
    }

    private static int missing(WordCloud cloud) {
        return WordCloud.MOST - cloud.words().size();
    }

    /** The drawn box: centred on x, the baseline at 0.78 of its height. */
    private static double[] box(WordCloud.Word w) {
        double h = w.size() * 1.2;
        return new double[]{w.x() - w.length() / 2.0, w.y() - h * 0.78, w.length(), h};
    }
}
