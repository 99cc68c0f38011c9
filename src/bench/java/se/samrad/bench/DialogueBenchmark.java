package se.samrad.bench;

import se.samrad.support.WebClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Residents sending answers (issue 23's dialogue benchmark), in one run on one server:
 * <ol>
 * <li>100 clients submit complete 10-question responses to the demo dialogue through the JSON API (each with its
 * own client id) for 60 s; every acknowledged response must be stored ({@code lost} counts those that are not);</li>
 * <li>the storage floor: as many responses written straight into MariaDB by a plain JDBC loop ({@link StorageFloor});
 * Samråd's throughput is printed as a share of it;</li>
 * <li>the resident path: 100 residents walking a 4-page, 10-question dialogue page by page ({@link ResidentPath});</li>
 * <li>the dialogue filled up to {@code bench.dialogue.fill} responses (1,000,000) by the floor's loop, and its
 * results page rendered over all of them, unfiltered and filtered by district, a first and a second time.</li>
 * </ol>
 */
final class DialogueBenchmark {

    static final String ADMIN = "admin@exempelkommun.example";
    private static final int CLIENTS = 100;
    /** Responses the dialogue is filled up to before its results page is rendered ({@code bench.dialogue.fill}). */
    private static final long TARGET_RESPONSES = Long.getLong("bench.dialogue.fill", 1_000_000);
    static final Pattern DIALOGUE = Pattern.compile("\"id\":(\\d+),\"publicKey\":\"([a-z0-9]+)\"");

    /** The results page's timings over {@code responses}: unfiltered (first, median of 10 more), filtered by district. */
    record ResultsTimes(long responses, double firstMs, double medianMs, double filteredFirstMs, double filteredMs) {
    }

    private DialogueBenchmark() {
    }

    static void run(Duration configured) throws Exception {
        // 60 s unless BENCH_SECONDS asks for another length (shorter for a quick loop while working on it).
        boolean explicit = !System.getProperty("bench.seconds", "").isBlank();
        Duration duration = explicit ? configured : Duration.ofSeconds(60);
        try (BenchServer server = BenchServer.start("dialogue", "1g",
                Map.of("SAMRAD_RATE_LIMIT_DIALOGUE_PER_MINUTE", "100000000"))) {
            WebClient admin = server.signedIn(1, ADMIN).get(0);
            Matcher found = DIALOGUE.matcher(admin.getJson("/api/v1/dialogues").body());
            if (!found.find()) {
                throw new IllegalStateException("the demo content has no dialogue");
            }
            long id = Long.parseLong(found.group(1));
            String path = "/api/v1/d/" + found.group(2) + "/responses";
            long before = respondents(admin, id);
            // Residents post with a lean client (RawHttp) so that the two cores go to the server and MariaDB.
            List<RawHttp> residents = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                residents.add(new RawHttp(server.base()));
            }
            String[] goalIds = goalOptionIds(admin, found.group(2));
            AtomicLong acknowledged = new AtomicLong();
            AtomicLong sequence = new AtomicLong();
            Load.Request submit = c -> {
                long n = sequence.incrementAndGet();
                RawHttp.Response response = residents.get(c).postJson(path, BenchResponse.of(n, goalIds).json());
                Load.expect(response.status(), 201);
                acknowledged.incrementAndGet();
            };

            Load.Result load = Load.run("submit 10-question response", CLIENTS, Bench.warmUp(Duration.ofSeconds(30)), duration, submit);
            System.out.println(load);
            residents.forEach(RawHttp::close);
            long stored = respondents(admin, id);
            long lost = acknowledged.get() - (stored - before);

            double floorPerS = Double.NaN;
            StorageFloor floor = null;
            if (server.database() == null) {
                System.out.println("storage floor: skipped (the server runs its embedded MariaDB; set SAMRAD_BENCH_DB_URL)");
            } else {
                floor = StorageFloor.forDialogue(server.database(), id, goalIds, BenchResponse.of(1, goalIds));
                floorPerS = floor.write(load.requests());
                System.out.printf("storage floor: %d responses by plain JDBC (%d threads, %d per transaction): %.0f/s;"
                        + " Samråd's API %.0f/s is %.0f %% of it%n", load.requests(), StorageFloor.THREADS,
                        StorageFloor.BATCH, floorPerS, load.perSecond(), 100 * load.perSecond() / floorPerS);
            }

            ResidentPath.Result resident = ResidentPath.create(server.base(), admin)
                    .run(Bench.warmUp(Duration.ofSeconds(10)), duration);
            System.out.println(resident.walks());
            for (int p = 0; p < ResidentPath.PAGES; p++) {
                System.out.printf("  page %d POST p50_ms=%.2f p99_ms=%.2f%n", p + 1, resident.pageP50Ms()[p],
                        resident.pageP99Ms()[p]);
            }

            ResultsTimes results = floor == null ? null : resultsAt(admin, id, floor, TARGET_RESPONSES);
            System.out.printf("BENCH dialogue responses_per_s=%.0f p99_ms=%.1f results_ms=%.0f lost=%d floor_per_s=%.0f"
                    + " floor_share=%.2f resident_per_s=%.0f resident_p99_ms=%.1f filtered_first_ms=%.0f"
                    + " filtered_ms=%.0f results_responses=%d%n",
                    load.perSecond(), load.p99Ms(), results == null ? Double.NaN : results.medianMs(), lost, floorPerS,
                    load.perSecond() / floorPerS, resident.walks().perSecond(), resident.worstP99Ms(),
                    results == null ? Double.NaN : results.filteredFirstMs(),
                    results == null ? Double.NaN : results.filteredMs(), results == null ? 0 : results.responses());
        }
    }

    /**
     * Fills the dialogue up to {@code target} responses with the floor's loop (unmeasured), then times its results
     * page: unfiltered (first view, then the median of ten), and filtered by district (the first view reads the
     * district's responses; the second, with nothing added, is served from what the first counted).
     */
    static ResultsTimes resultsAt(WebClient admin, long id, StorageFloor floor, long target) throws Exception {
        long stored = fill(admin, id, floor, target);
        List<Double> renders = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            renders.add(timed(admin, "/dialogues/" + id + "/results"));
        }
        List<Double> warm = new ArrayList<>(renders.subList(1, renders.size()));
        warm.sort(Double::compare);
        double filteredFirst = timed(admin, "/dialogues/" + id + "/results?district=norr");
        double filtered = timed(admin, "/dialogues/" + id + "/results?district=norr");
        ResultsTimes times = new ResultsTimes(stored, renders.get(0), warm.get(warm.size() / 2), filteredFirst, filtered);
        System.out.printf("results page over %d responses: first %.0f ms, median %.0f ms, max %.0f ms;"
                + " filtered by district: first view %.0f ms, viewed again (nothing added) %.0f ms%n", stored,
                times.firstMs(), times.medianMs(), warm.getLast(), filteredFirst, filtered);
        return times;
    }

    /** Fills the dialogue up to {@code target} responses by the floor's loop; returns how many it has. */
    static long fill(WebClient admin, long id, StorageFloor floor, long target) throws Exception {
        long stored = respondents(admin, id);
        if (stored < target) {
            System.out.printf("filling up to %d responses (%d stored) by the floor's loop%n", target, stored);
            long started = System.nanoTime();
            floor.write(target - stored);
            System.out.printf("filled in %.1f s%n", (System.nanoTime() - started) / 1e9);
            stored = respondents(admin, id);
        }
        return stored;
    }

    static double timed(WebClient admin, String path) throws java.io.IOException {
        long start = System.nanoTime();
        Load.expect(admin.get(path), 200);
        return (System.nanoTime() - start) / 1e6;
    }

    static long respondents(WebClient admin, long id) {
        Matcher m = Pattern.compile("\"id\":" + id + ",\"publicKey\".*?\"respondents\":(\\d+)")
                .matcher(admin.getJson("/api/v1/dialogues").body());
        if (!m.find()) {
            throw new IllegalStateException("dialogue " + id + " is not listed");
        }
        return Long.parseLong(m.group(1));
    }

    static String[] goalOptionIds(WebClient admin, String key) {
        Matcher m = Pattern.compile("\"key\":\"(\\d+)\"").matcher(admin.getJson("/api/v1/d/" + key).body());
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids.toArray(String[]::new);
    }
}
