package se.samrad.bench;

import se.samrad.support.WebClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fast the goal catalogue answers what every other capability will ask of it: the 169 targets as JSON,
 * a search, a target's page with the organisation's linked goals, and the page with the full target picker
 * (about 200 checkboxes). Closed loop, 32 clients, on the demo content.
 */
final class GoalsBenchmark {

    private static final String ADMIN = "admin@exempelkommun.example";
    private static final Pattern MAPPING = Pattern.compile("\"sourceFramework\":\"([^\"]+)\",\"sourceCode\":\"([^\"]+)\"");

    private GoalsBenchmark() {
    }

    static void run(Duration duration) throws Exception {
        Duration warmUp = Bench.warmUp(Duration.ofSeconds(5));
        int clients = 32;
        try (BenchServer server = BenchServer.start("goals", "1g",
                Map.of("SAMRAD_RATE_LIMIT_PUBLIC_API_PER_MINUTE", "100000000"))) {
            List<WebClient> staff = server.signedIn(clients, ADMIN);
            List<WebClient> visitors = server.anonymous(clients);
            Matcher own = MAPPING.matcher(staff.get(0).getJson("/api/v1/goal-mappings").body());
            if (!own.find()) {
                throw new IllegalStateException("the demo content has no mapped own goal");
            }
            String pickerPage = "/goals/" + own.group(1) + "/" + own.group(2);

            Load.Result targets = Load.run("API 169 targets", clients, warmUp, duration,
                    c -> Load.expect(visitors.get(c).getJson("/api/v1/frameworks/agenda2030/targets"), 200));
            System.out.println(targets);
            Load.Result search = Load.run("API search q=matsvinn", clients, warmUp, duration,
                    c -> Load.expect(visitors.get(c).getJson("/api/v1/frameworks/agenda2030/targets?q=matsvinn&lang=sv"), 200));
            System.out.println(search);
            Load.Result target = Load.run("target page with links", clients, warmUp, duration,
                    c -> Load.expect(staff.get(c).get("/goals/agenda2030/12.3"), 200));
            System.out.println(target);
            Load.Result picker = Load.run("page with the target picker", clients, warmUp, duration,
                    c -> Load.expect(staff.get(c).get(pickerPage), 200));
            System.out.println(picker);

            long errors = targets.errors() + search.errors() + target.errors() + picker.errors();
            System.out.printf("BENCH goals targets_per_s=%.0f targets_p99_ms=%.1f search_per_s=%.0f search_p99_ms=%.1f"
                            + " target_page_per_s=%.0f target_page_p99_ms=%.1f picker_page_per_s=%.0f"
                            + " picker_page_p99_ms=%.1f errors=%d%n",
                    targets.perSecond(), targets.p99Ms(), search.perSecond(), search.p99Ms(), target.perSecond(),
                    target.p99Ms(), picker.perSecond(), picker.p99Ms(), errors);
        }
    }
}
