package se.samrad.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The library benchmark's measures of quality, on rankings small enough to work out by hand. */
class QualityTest {

    private static final Map<Long, Integer> GRADES = Map.of(1L, 3, 2L, 2, 3L, 1);

    @Test
    void theIdealRankingScoresOneAndAMissScoresZero() {
        assertEquals(1.0, Quality.ndcg(List.of(1L, 2L, 3L), GRADES), 1e-9);
        assertEquals(0.0, Quality.ndcg(List.of(7L, 8L), GRADES), 1e-9);
        assertEquals(0.0, Quality.recall(List.of(), GRADES), 1e-9);
        assertEquals(0.0, Quality.reciprocalRank(List.of(3L, 9L), GRADES), 1e-9);
    }

    @Test
    void nDcgDiscountsALaterHitByTheLogarithmOfItsRank() {
        // The grade-3 example second, nothing else: (2^3 - 1) / log2(3) over the ideal 7 + 3 / log2(3) + 1 / 2.
        double ideal = 7 + 3 / log2(3) + 1 / log2(4);
        assertEquals(7 / log2(3) / ideal, Quality.ndcg(List.of(9L, 1L), GRADES), 1e-9);
    }

    @Test
    void recallAndReciprocalRankCountFromGradeTwo() {
        assertEquals(0.5, Quality.recall(List.of(3L, 2L), GRADES), 1e-9);
        assertEquals(0.5, Quality.reciprocalRank(List.of(3L, 2L, 1L), GRADES), 1e-9);
    }

    @Test
    void recallOfAQueryWithMoreThanTenRelevantExamplesIsOfTen() {
        Map<Long, Integer> many = new java.util.HashMap<>();
        for (long id = 1; id <= 15; id++) {
            many.put(id, 3);
        }
        assertEquals(1.0, Quality.recall(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), many), 1e-9);
    }

    @Test
    void aSetIsScoredWithoutTheOtherSetsExamplesAndPerKind() throws Exception {
        JudgedSet judged = new JudgedSet("set2", List.of(), List.of(
                new JudgedSet.Query("matsvinn", "base", Map.of("a", 3)),
                new JudgedSet.Query("12.3", "code", Map.of("b", 3))));
        List<Map<String, Long>> ids = List.of(Map.of("other", 100L), Map.of("a", 1L, "b", 2L));
        // The other set's example 100 comes first for both queries; it is taken out before the cut at ten.
        Map<String, Quality.Scores> scores = Quality.score(judged, ids, 1,
                q -> q.equals("matsvinn") ? List.of(100L, 1L) : List.of(100L, 5L), 0);
        assertEquals(1.0, scores.get("base").ndcg(), 1e-9);
        assertEquals(0.0, scores.get("code").ndcg(), 1e-9);
        assertEquals(0.5, scores.get(Quality.OVERALL).ndcg(), 1e-9);
        assertEquals(2, scores.get(Quality.OVERALL).queries());
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
