package se.samrad.bench;

import se.samrad.support.WebClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How fast the foundation answers: an anonymous page, a signed-in page with the organisation's data, a
 * JSON API call, and sign-in itself (dominated by Argon2id on purpose). Closed loop, 32 clients.
 */
final class PlatformBenchmark {

    private static final String ADMIN = "admin@exempelkommun.example";

    private PlatformBenchmark() {
    }

    static void run(Duration duration) throws Exception {
        Duration warmUp = Bench.warmUp(Duration.ofSeconds(5));
        int clients = 32;
        try (BenchServer server = BenchServer.start("platform", "1g", Map.of())) {
            List<WebClient> staff = server.signedIn(clients, ADMIN);
            List<WebClient> visitors = server.anonymous(clients);

            Load.Result publicPage = Load.run("public page /", clients, warmUp, duration,
                    c -> Load.expect(visitors.get(c).get("/?lang=sv"), 200));
            System.out.println(publicPage);
            Load.Result staffPage = Load.run("signed-in page /admin/staff", clients, warmUp, duration,
                    c -> Load.expect(staff.get(c).get("/admin/staff"), 200));
            System.out.println(staffPage);
            Load.Result api = Load.run("API /api/v1/me", clients, warmUp, duration,
                    c -> Load.expect(staff.get(c).getJson("/api/v1/me"), 200));
            System.out.println(api);
            Load.Result signIn = Load.run("sign-in (Argon2id)", 2, Duration.ofSeconds(2), Duration.ofSeconds(10),
                    c -> new WebClient(server.base()).signIn(ADMIN, BenchServer.DEMO_PASSWORD));
            System.out.println(signIn);

            long errors = publicPage.errors() + staffPage.errors() + api.errors() + signIn.errors();
            System.out.printf("BENCH platform public_per_s=%.0f public_p99_ms=%.1f staff_per_s=%.0f staff_p99_ms=%.1f"
                            + " api_per_s=%.0f api_p99_ms=%.1f sign_in_p50_ms=%.0f errors=%d%n",
                    publicPage.perSecond(), publicPage.p99Ms(), staffPage.perSecond(), staffPage.p99Ms(),
                    api.perSecond(), api.p99Ms(), signIn.p50Ms(), errors);
        }
    }
}
