package se.samrad.bench;

import se.samrad.support.WebClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Residents sending answers: 100 clients each submit complete 10-question responses to the demo dialogue
 * over HTTP (the JSON API, each with its own client id) for at least 60 s; the dialogue is then filled up to
 * 100,000 responses the same way, and the results page is rendered over all of them. Finally every
 * acknowledged response must be stored: {@code lost} counts those that are not.
 */
final class DialogueBenchmark {

    private static final String ADMIN = "admin@exempelkommun.example";
    private static final int CLIENTS = 100;
    /** Responses the dialogue is filled up to before its results page is rendered ({@code bench.dialogue.fill}). */
    private static final long TARGET_RESPONSES = Long.getLong("bench.dialogue.fill", 100_000);
    private static final Pattern DIALOGUE = Pattern.compile("\"id\":(\\d+),\"publicKey\":\"([a-z0-9]+)\"");
    private static final Pattern RESPONDENTS = Pattern.compile("\"respondents\":(\\d+)");

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
            long before = respondents(admin);
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
                RawHttp.Response response = residents.get(c).postJson(path, body(n, goalIds));
                Load.expect(response.status(), 201);
                acknowledged.incrementAndGet();
            };

            Load.Result load = Load.run("submit 10-question response", CLIENTS, Bench.warmUp(Duration.ofSeconds(30)), duration, submit);
            System.out.println(load);
            long stored = respondents(admin);
            System.out.printf("filling up to %d responses (%d stored)%n", TARGET_RESPONSES, stored);
            while (stored < TARGET_RESPONSES) {
                long missing = TARGET_RESPONSES - stored;
                Load.runCount(CLIENTS, missing, submit);
                stored = respondents(admin);
            }
            residents.forEach(RawHttp::close);
            long sent = acknowledged.get();
            long lost = sent - (stored - before);

            List<Double> renders = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                long start = System.nanoTime();
                Load.expect(admin.get("/dialogues/" + id + "/results"), 200);
                renders.add((System.nanoTime() - start) / 1e6);
            }
            double first = renders.get(0);
            List<Double> warm = new ArrayList<>(renders.subList(1, renders.size()));
            warm.sort(Double::compare);
            double[] filteredMs = new double[2];
            for (int i = 0; i < filteredMs.length; i++) {
                long filtered = System.nanoTime();
                Load.expect(admin.get("/dialogues/" + id + "/results?district=norr"), 200);
                filteredMs[i] = (System.nanoTime() - filtered) / 1e6;
            }
            System.out.printf("results page over %d responses: first %.0f ms, median %.0f ms, max %.0f ms;"
                    + " filtered by district %.0f ms, viewed again (nothing added) %.0f ms%n", stored, first,
                    warm.get(warm.size() / 2), warm.getLast(), filteredMs[0], filteredMs[1]);
            System.out.printf("BENCH dialogue responses_per_s=%.0f p99_ms=%.1f results_ms=%.0f lost=%d%n",
                    load.perSecond(), load.p99Ms(), warm.get(warm.size() / 2), lost);
        }
    }

    private static long respondents(WebClient admin) {
        Matcher m = RESPONDENTS.matcher(admin.getJson("/api/v1/dialogues").body());
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String[] goalOptionIds(WebClient admin, String key) {
        Matcher m = Pattern.compile("\"key\":\"(\\d+)\"").matcher(admin.getJson("/api/v1/d/" + key).body());
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids.toArray(String[]::new);
    }

    private static final String[] THRIVE = {"very", "good", "good", "bad", "verybad"};
    private static final String[] ISSUES = {"foodwaste", "safety", "green", "jobs"};
    private static final String[] DISTRICTS = {"centrum", "centrum", "norr", "soder", "landsbygd"};
    private static final String[] AGES = {"0-19", "20-39", "40-64", "65+"};

    /** A complete response to ten questions, varied by the sequence number. */
    static String body(long n, String[] goalIds) {
        Random r = new Random(n);
        return "{\"clientId\":\"bench-" + n + "-" + Long.toHexString(r.nextLong()) + "\",\"lang\":\""
                + (n % 5 == 0 ? "ar" : "sv") + "\",\"answers\":{"
                + "\"thrive\":[\"" + THRIVE[r.nextInt(THRIVE.length)] + "\"],"
                + "\"issues\":[\"" + ISSUES[r.nextInt(2)] + "\",\"" + ISSUES[2 + r.nextInt(2)] + "\"],"
                + "\"listen\":[\"" + (1 + r.nextInt(5)) + "\"],"
                + "\"goals\":[\"" + goalIds[r.nextInt(goalIds.length)] + "\"],"
                + "\"priorities\":[\"schools\",\"buses\",\"housing\",\"nature\"],"
                + "\"years\":[\"" + r.nextInt(80) + "\"],"
                + "\"age\":[\"" + AGES[r.nextInt(AGES.length)] + "\"],"
                + "\"gender\":[\"" + (r.nextBoolean() ? "woman" : "man") + "\"],"
                + "\"district\":[\"" + DISTRICTS[r.nextInt(DISTRICTS.length)] + "\"],"
                + "\"homelang\":[\"sv\"]}}";
    }
}
