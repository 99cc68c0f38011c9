package se.samrad.bench;

import se.samrad.support.WebClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indicators (issue 18): the demo municipality follows 400 Kolada KPIs with a comparison group of 289 municipalities
 * and Riket; one fetch imports 400 x 291 x 15 years x 3 genders (about 5.2 million values) from a Kolada-shaped
 * stand-in ({@link KoladaFake}, its pages of 5,000 rows), timed as values per second; then 32 clients open the
 * follow-up table (405 indicators with signals and sparklines), indicator pages with charts and the deviations view.
 * Quick mode, to check that it runs (no figures): {@code BENCH_KPIS=5 BENCH_MUNICIPALITIES=3 BENCH_SECONDS=1
 * BENCH_WARMUP=0 bench/run indicators}.
 */
final class IndicatorBenchmark {

    private static final String ADMIN = "admin@exempelkommun.example";
    private static final Pattern ADDED = Pattern.compile("([0-9][0-9\\s\u00a0\u202f]*) nya värden");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+),\"koladaId\":\"N9");

    private IndicatorBenchmark() {
    }

    static void run(Duration duration) throws Exception {
        Duration warmUp = Bench.warmUp(Duration.ofSeconds(5));
        int clients = 32;
        try (KoladaFake kolada = new KoladaFake();
             BenchServer server = BenchServer.start("indicators", "2g", Map.of("SAMRAD_KOLADA_BASE_URL", kolada.base(),
                     "MICRONAUT_SERVER_READ_IDLE_TIMEOUT", "60m", "MICRONAUT_SERVER_IDLE_TIMEOUT", "60m"))) {
            WebClient admin = server.signedIn(1, ADMIN).get(0);
            Load.expect(admin.post("/indicators/import/settings", "koladaMunicipality", KoladaFake.municipality(0)), 303);
            for (int m = 1; m < KoladaFake.MUNICIPALITIES; m++) {
                Load.expect(admin.post("/indicators/import/areas", "code", KoladaFake.municipality(m),
                        "areaTitle", "Kommun " + m), 303);
            }
            Load.expect(admin.post("/indicators/import/catalogue/fetch"), 200);
            for (int k = 0; k < KoladaFake.KPIS; k++) {
                Load.expect(admin.post("/indicators/kolada/follow", "kpi", KoladaFake.kpi(k),
                        "direction", k % 3 == 0 ? "LOWER" : "HIGHER"), 303);
            }
            // The fetch runs in the background: start it, follow its status until it is done, then read its report.
            long started = System.nanoTime();
            Load.expect(admin.post("/indicators/import/fetch"), 303);
            while (admin.getJson("/indicators/import/fetch/status").body().contains("\"RUNNING\"")) {
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            WebClient.Response fetched = admin.get("/indicators/import/fetch");
            Load.expect(fetched, 200);
            Matcher added = ADDED.matcher(fetched.document().select("[role=status] p").text());
            long values = added.find() ? Long.parseLong(added.group(1).replaceAll("[^0-9]", "")) : 0;
            System.out.printf("import: %d values in %.1f s (%.0f values/s)%n", values, seconds, values / seconds);

            Matcher ids = ID.matcher(admin.getJson("/api/v1/indicators").body());
            List<Long> indicators = new ArrayList<>();
            while (ids.find()) {
                indicators.add(Long.parseLong(ids.group(1)));
            }
            List<WebClient> staff = server.signedIn(clients, ADMIN);
            Load.Result table = Load.run("follow-up table", clients, warmUp, duration,
                    c -> Load.expect(staff.get(c).get("/indicators/follow-up"), 200));
            System.out.println(table);
            Load.Result page = Load.run("indicator page with chart", clients, warmUp, duration,
                    c -> Load.expect(staff.get(c).get("/indicators/"
                            + indicators.get(ThreadLocalRandom.current().nextInt(indicators.size()))), 200));
            System.out.println(page);
            Load.Result deviations = Load.run("deviations", clients, warmUp, duration,
                    c -> Load.expect(staff.get(c).get("/indicators/deviations"), 200));
            System.out.println(deviations);
            long errors = table.errors() + page.errors() + deviations.errors() + (values == 0 ? 1 : 0);
            System.out.printf("BENCH indicators values=%d import_values_per_s=%.0f table_p99_ms=%.1f"
                            + " indicator_p99_ms=%.1f deviations_p99_ms=%.1f errors=%d%n", values, values / seconds,
                    table.p99Ms(), page.p99Ms(), deviations.p99Ms(), errors);
        }
    }
}
