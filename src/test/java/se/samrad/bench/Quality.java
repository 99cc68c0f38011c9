package se.samrad.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores an engine's top 10 on a judged set, per kind of query and overall: nDCG@10 (gains 2^grade - 1 over the
 * ideal ordering of every judged example), recall@10 and MRR@10, the last two counting an example as relevant
 * from grade 2 ("clearly relevant"): recall is the share of those found in the top 10 (of at most 10, so a
 * query with more than ten can still reach 1), MRR the reciprocal rank of the first one.
 * <p>Both sets are planted in one corpus, so a set's queries find the other set's examples, which that set never
 * judged: each set is scored as if the other's examples were not there (they are taken out of an engine's first
 * {@link #DEPTH} results before the cut at ten), so neither set is marked down for the other's existence.
 */
final class Quality {

    static final String OVERALL = "overall";
    /** How many results an engine returns for scoring (Samråd's largest page). */
    static final int DEPTH = 50;
    private static final int RELEVANT = 2;

    /** The engine under test: the ids of its first {@link #DEPTH} results for a query, best first. */
    @FunctionalInterface
    interface Engine {
        List<Long> top(String query) throws Exception;
    }

    /** Mean scores of a group of queries. */
    record Scores(int queries, double ndcg, double recall, double mrr) {
    }

    private Quality() {
    }

    /**
     * Scores {@code engine} on the set whose examples' database ids are {@code ids.get(set)} (the other maps are
     * the other sets' examples); queries scoring under {@code reportBelow} in nDCG@10 are printed (0 for none).
     */
    static Map<String, Scores> score(JudgedSet judged, List<Map<String, Long>> ids, int set, Engine engine,
                                     double reportBelow) throws Exception {
        Set<Long> others = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (i != set) {
                others.addAll(ids.get(i).values());
            }
        }
        Map<String, List<double[]>> byKind = new LinkedHashMap<>();
        for (JudgedSet.Query query : judged.queries()) {
            Map<Long, Integer> grades = new LinkedHashMap<>();
            query.grades().forEach((key, grade) -> grades.put(ids.get(set).get(key), grade));
            List<Long> ranked = engine.top(query.text()).stream().filter(id -> !others.contains(id)).limit(10).toList();
            double[] scores = {ndcg(ranked, grades), recall(ranked, grades), reciprocalRank(ranked, grades)};
            if (scores[0] < reportBelow) {
                System.out.printf("  nDCG@10 %.2f  %-8s %s%n", scores[0], query.kind(), query.text());
            }
            byKind.computeIfAbsent(query.kind(), k -> new ArrayList<>()).add(scores);
            byKind.computeIfAbsent(OVERALL, k -> new ArrayList<>()).add(scores);
        }
        Map<String, Scores> result = new LinkedHashMap<>();
        byKind.entrySet().stream().filter(e -> !e.getKey().equals(OVERALL))
                .forEach(e -> result.put(e.getKey(), mean(e.getValue())));
        result.put(OVERALL, mean(byKind.getOrDefault(OVERALL, List.of())));
        return result;
    }

    /** One line per kind and engine: the table the benchmark prints. */
    static void print(String set, String engine, Map<String, Scores> scores) {
        scores.forEach((kind, s) -> System.out.printf("quality %-6s %-18s %-9s queries=%3d ndcg10=%.3f recall10=%.3f mrr=%.3f%n",
                set, engine, kind, s.queries(), s.ndcg(), s.recall(), s.mrr()));
    }

    /** nDCG@10 of each engine side by side, a row per kind: the table to compare engines on one set. */
    static void printSideBySide(String set, Map<String, Map<String, Scores>> byEngine) {
        List<String> engines = List.copyOf(byEngine.keySet());
        StringBuilder header = new StringBuilder("nDCG@10 %-6s %-9s".formatted(set, "kind"));
        engines.forEach(e -> header.append(" %17s".formatted(e)));
        System.out.println(header);
        for (String kind : byEngine.get(engines.get(0)).keySet()) {
            StringBuilder row = new StringBuilder("nDCG@10 %-6s %-9s".formatted(set, kind));
            for (String engine : engines) {
                Scores s = byEngine.get(engine).get(kind);
                row.append(" %17s".formatted(s == null ? "-" : "%.3f".formatted(s.ndcg())));
            }
            System.out.println(row);
        }
    }

    static double ndcg(List<Long> ranked, Map<Long, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).limit(10).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double recall(List<Long> ranked, Map<Long, Integer> grades) {
        long relevant = grades.values().stream().filter(g -> g >= RELEVANT).count();
        if (relevant == 0) {
            return 0;
        }
        long found = ranked.stream().limit(10).filter(id -> grades.getOrDefault(id, 0) >= RELEVANT).count();
        return found / (double) Math.min(10, relevant);
    }

    static double reciprocalRank(List<Long> ranked, Map<Long, Integer> grades) {
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) >= RELEVANT) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static Scores mean(List<double[]> rows) {
        double[] sum = new double[3];
        for (double[] row : rows) {
            for (int i = 0; i < 3; i++) {
                sum[i] += row[i];
            }
        }
        int n = Math.max(1, rows.size());
        return new Scores(rows.size(), sum[0] / n, sum[1] / n, sum[2] / n);
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
