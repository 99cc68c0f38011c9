package se.samrad.library;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Not a test (no assertions, not run by the suite: the name does not end in Test): an in-process timing of the
 * library's searches over the three judged sets' examples, with nDCG@10 per set and kind on the judged
 * examples alone (no generated examples around them, so figures differ from the benchmark's; compare runs).
 * {@code mvn -o test -Dtest=LibrarySearchTiming -Dsurefire.failIfNoSpecifiedTests=false}; with
 * {@code -Dtiming.rounds=0 -Dtiming.trace=question,synonym} quality alone, each query of those kinds printed with
 * its nDCG@10 and its first hits' keys (what a change of analysis did to which query); {@code -Dtiming.builds=3}
 * builds the index three more times and prints each build's time (a smoke figure of the cost of analysis).
 */
class LibrarySearchTiming {

    private static final List<String> TRACE = List.of(System.getProperty("timing.trace", "").split(","));
    private static final List<String> FILTERS = List.of("", "goal=agenda2030/12", "type=PROJECT");

    @Test
    void time() throws Exception {
        Path dir = Files.createTempDirectory("timing");
        LuceneExampleIndex index = new LuceneExampleIndex(dir.toString());
        List<ExampleIndex.Doc> docs = new ArrayList<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        List<String[]> queries = new ArrayList<>(); // text, kind, set
        List<Map<String, Integer>> grades = new ArrayList<>();
        for (String set : List.of("/bench/library-judged.json", "/bench/library-judged-2.json",
                "/bench/library-judged-3.json")) {
            JsonNode root;
            try (InputStream in = getClass().getResourceAsStream(set)) {
                root = JsonMapper.createDefault().readValue(in.readAllBytes(), JsonNode.class);
            }
            for (JsonNode d : root.get("documents").values()) {
                long id = docs.size() + 1;
                ids.put(set + text(d, "key"), id);
                docs.add(doc(id, d));
            }
            for (JsonNode q : root.get("queries").values()) {
                Map<String, Integer> g = new LinkedHashMap<>();
                q.get("relevant").entries().forEach(e -> g.put(set + e.getKey(), e.getValue().getIntValue()));
                queries.add(new String[]{text(q, "q"), text(q, "kind").isEmpty() ? "all" : text(q, "kind"), set});
                grades.add(g);
            }
        }
        // Filler: the judged examples again under other ids, so that postings are longer.
        List<ExampleIndex.Doc> filler = new ArrayList<>();
        for (int copy = 1; copy <= 5; copy++) {
            for (ExampleIndex.Doc d : docs) {
                filler.add(new ExampleIndex.Doc(d.id() + 10_000L * copy, d.lang(), d.texts(), "", d.tags(),
                        d.organisation(), d.municipality(), d.region(), d.period(), d.goals(), d.targets(),
                        d.dimensions(), d.years(), d.type(), Set.of("other"), d.publishedAt()));
            }
        }
        long building = System.nanoTime();
        long buildingCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        index.put(docs);
        index.put(filler);
        System.out.printf("TIMING index %d documents built in %.0f ms (%.0f ms CPU of this thread; the first build "
                        + "loads the analysers' lists)%n", docs.size() + filler.size(), (System.nanoTime() - building) / 1e6,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - buildingCpu) / 1e6);
        for (int again = 0; again < Integer.getInteger("timing.builds", 0); again++) {
            LuceneExampleIndex other = new LuceneExampleIndex(Files.createTempDirectory("timing").toString());
            long wall = System.nanoTime();
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            other.put(docs);
            other.put(filler);
            System.out.printf("TIMING index built again in %.0f ms (%.0f ms CPU)%n", (System.nanoTime() - wall) / 1e6,
                    (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e6);
            other.close();
        }
        Map<Long, String> keys = new LinkedHashMap<>();
        ids.forEach((key, id) -> keys.put(id, key));
        Map<String, double[]> quality = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            ExampleIndex.Result r = index.search(new ExampleIndex.Search(queries.get(i)[0], Map.of(),
                    ExampleIndex.Sort.RELEVANCE, 1, 50, "sv"), Set.of("public"));
            String set = queries.get(i)[2];
            // Scored as the benchmark does: the other sets' examples are taken out before the cut at ten.
            List<Long> ranked = r.hits().stream().map(ExampleIndex.Hit::id)
                    .filter(id -> keys.getOrDefault(id, set).startsWith(set)).limit(10).toList();
            double ndcg = ndcg(ranked, grades.get(i), ids);
            Map<String, Integer> judged = grades.get(i);
            if (TRACE.contains(queries.get(i)[1])) {
                System.out.printf("TRACE %s %-9s %.3f %-45s total=%d fuzzy=%s suggestion=%s %s%n",
                        set.replaceAll("\\D", ""), queries.get(i)[1],
                        ndcg, queries.get(i)[0], r.total(), r.fuzzy(), r.suggestion(),
                        ranked.stream().limit(5).map(id -> keys.getOrDefault(id, "#" + id).replaceFirst(".*json", "") + ":"
                                + judged.getOrDefault(keys.getOrDefault(id, ""), 0)).toList());
            }
            String name = set.replaceAll("\\D", "").isEmpty() ? "set1" : "set" + set.replaceAll("\\D", "");
            for (String group : List.of(name + " " + queries.get(i)[1], name + " overall")) {
                quality.merge(group, new double[]{ndcg, 1}, (a, b) -> new double[]{a[0] + b[0], a[1] + b[1]});
            }
        }
        quality.forEach((kind, s) -> System.out.printf("TIMING ndcg %-16s %.3f (%d)%n", kind, s[0] / s[1], (int) s[1]));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < Integer.getInteger("timing.rounds", 10); round++) {
            long cpu = searchCpu();
            long wall = System.nanoTime();
            int n = 0;
            for (String[] q : queries) {
                for (String f : FILTERS) {
                    Map<String, List<String>> filters = f.isEmpty() ? Map.of()
                            : Map.of(f.substring(0, f.indexOf('=')), List.of(f.substring(f.indexOf('=') + 1)));
                    index.search(new ExampleIndex.Search(q[0], filters, ExampleIndex.Sort.RELEVANCE, 1, 20, "sv"),
                            Set.of("public"));
                    n++;
                }
            }
            System.out.printf("TIMING round %d: %.3f ms CPU per search, %.3f ms wall (%d searches)%n", round,
                    (searchCpu() - cpu) / 1e6 / n, (System.nanoTime() - wall) / 1e6 / n, n);
        }
        index.close();
    }

    private static long searchCpu() {
        var threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("library-search-"))
                .mapToLong(t -> threads.getThreadCpuTime(t.threadId())).sum();
    }

    private static double ndcg(List<Long> ranked, Map<String, Integer> grades, Map<String, Long> ids) {
        Map<Long, Integer> byId = new LinkedHashMap<>();
        grades.forEach((k, g) -> {
            if (ids.containsKey(k)) {
                byId.put(ids.get(k), g);
            }
        });
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            dcg += (Math.pow(2, byId.getOrDefault(ranked.get(i), 0)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        List<Integer> ideal = byId.values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(10, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static ExampleIndex.Doc doc(long id, JsonNode d) {
        String lang = text(d, "lang");
        List<String> targets = new ArrayList<>();
        List<String> goals = new ArrayList<>();
        for (JsonNode t : d.get("targets").values()) {
            String code = t.getStringValue();
            String key = code.contains(":") ? code.replace(':', '/') : "agenda2030/" + code;
            targets.add(key);
            String goal = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            if (!goals.contains(goal)) {
                goals.add(goal);
            }
        }
        ExampleTexts texts = new ExampleTexts(text(d, "title"), text(d, "summary"), "", text(d, "actions"),
                text(d, "results"), "");
        String type = text(d, "type").isEmpty() ? "PROJECT" : text(d, "type");
        return new ExampleIndex.Doc(id, lang, Map.of(lang, texts), "",
                List.of(text(d, "tags").split(",\\s*")), "Org " + id % 7, text(d, "municipality"), "Region", "2021",
                goals, targets, List.of("ENVIRONMENTAL"), List.of(2021), type, Set.of("public"),
                Instant.parse("2024-01-01T00:00:00Z"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.getStringValue();
    }
}
