package se.samrad.bench;

import se.samrad.support.WebClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * {@code bench/run dialogue --series} (issue 23): the demo dialogue's results page at 100,000, 1,000,000 and
 * 5,000,000 responses (filled by the storage floor's JDBC loop, {@link StorageFloor}, on one server), through
 * {@link Series}: unfiltered ({@code dialogue-results}: {@code bench.series.views} views, default 10, after one
 * unmeasured) and filtered by district ({@code dialogue-filtered}: {@code bench.series.filtered-views} views,
 * default 5, each after one more response, so that each counts the district's responses afresh, as the first view
 * after new answers does); the server's CPU per view. The second view of the filtered page with nothing added
 * (served from what the view before counted) is printed beside each point. {@code -Dbench.series.sizes=2000,5000}
 * (in MAVEN_OPTS) picks other sizes, e.g. tiny ones to check that it works.
 */
final class DialogueSeries {

    private static final List<Long> SIZES = List.of(100_000L, 1_000_000L, 5_000_000L);
    private static final int VIEWS = Integer.getInteger("bench.series.views", 10);
    private static final int FILTERED_VIEWS = Integer.getInteger("bench.series.filtered-views", 5);

    private DialogueSeries() {
    }

    static void run() throws Exception {
        Series unfiltered = new Series("dialogue-results", "responses", "view");
        Series filtered = new Series("dialogue-filtered", "responses", "view");
        try (BenchServer server = BenchServer.start("dialogue", "1g",
                Map.of("SAMRAD_RATE_LIMIT_DIALOGUE_PER_MINUTE", "100000000"))) {
            if (server.database() == null) {
                throw new IllegalStateException("the series fills MariaDB by JDBC: set SAMRAD_BENCH_DB_URL");
            }
            WebClient admin = server.signedIn(1, DialogueBenchmark.ADMIN).get(0);
            Matcher found = DialogueBenchmark.DIALOGUE.matcher(admin.getJson("/api/v1/dialogues").body());
            if (!found.find()) {
                throw new IllegalStateException("the demo content has no dialogue");
            }
            long id = Long.parseLong(found.group(1));
            String[] goalIds = DialogueBenchmark.goalOptionIds(admin, found.group(2));
            // One response through the API, against which the floor checks that it writes the rows the server does.
            BenchResponse sample = BenchResponse.of(1, goalIds);
            try (RawHttp api = new RawHttp(server.base())) {
                Load.expect(api.postJson("/api/v1/d/" + found.group(2) + "/responses", sample.json()).status(), 201);
            }
            StorageFloor floor = StorageFloor.forDialogue(server.database(), id, goalIds, sample);
            String page = "/dialogues/" + id + "/results";
            for (long size : Series.sizes(SIZES)) {
                long stored = DialogueBenchmark.fill(admin, id, floor, size);
                System.out.printf("bench: series point: the results page over %d responses%n", stored);
                DialogueBenchmark.timed(admin, page);
                double cpu = Series.cpuMillis(server.pid());
                List<Double> views = new ArrayList<>();
                for (int i = 0; i < VIEWS; i++) {
                    views.add(DialogueBenchmark.timed(admin, page));
                }
                unfiltered.add(size, percentile(views, 50), percentile(views, 99),
                        (Series.cpuMillis(server.pid()) - cpu) / VIEWS);
                cpu = Series.cpuMillis(server.pid());
                List<Double> fresh = new ArrayList<>();
                for (int i = 0; i < FILTERED_VIEWS; i++) {
                    floor.write(1);
                    fresh.add(DialogueBenchmark.timed(admin, page + "?district=norr"));
                }
                filtered.add(size, percentile(fresh, 50), percentile(fresh, 99),
                        (Series.cpuMillis(server.pid()) - cpu) / FILTERED_VIEWS);
                System.out.printf("  filtered by district, viewed again with nothing added: %.0f ms%n",
                        DialogueBenchmark.timed(admin, page + "?district=norr"));
            }
        }
        unfiltered.finish();
        filtered.finish();
    }

    /** The nearest-rank percentile of a few timings (p99 of fewer than 100 is their maximum). */
    static double percentile(List<Double> values, double percent) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
