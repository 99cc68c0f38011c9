package se.samrad.bench;

import se.samrad.support.WebClient;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relevance assessment under load (issue 19): the demo municipality gets 40 more units, a round in which
 * each of them has assessed all 169 targets (filled through the goal forms, as units do), and then 32 staff
 * clients open a target's evidence panel (its decision page: the units' values and the evidence beside it), the
 * heat map, and save a unit's goal page. The evidence is the demo content's (dialogue, workshop, stakeholders,
 * library); the larger evidence volume (100,000 responses and more) is not generated here yet.
 * Needs MariaDB (SAMRAD_BENCH_DB_URL or 127.0.0.1:3306): the units are added with SQL.
 */
final class RelevanceBenchmark {

    private static final String ANALYST = "analys@exempelkommun.example";
    private static final int UNITS = Integer.getInteger("bench.relevance.units", 40);
    private static final int CLIENTS = 32;
    private static final Pattern GOAL = Pattern.compile("/goals/(\\d+)\"");
    private static final Pattern TARGET = Pattern.compile("name=\"e(\\d+)-relevance\"");
    private static final Pattern ROUND = Pattern.compile("^/relevance/rounds/(\\d+).*");
    private static final String[] LEVELS = {"NOT_RELEVANT", "LOW", "MEDIUM", "HIGH"};

    private RelevanceBenchmark() {
    }

    static void run(Duration duration) throws Exception {
        Duration warmUp = Bench.warmUp(Duration.ofSeconds(5));
        try (BenchServer server = BenchServer.start("relevance", "1g", Map.of())) {
            if (server.database() == null) {
                throw new IllegalStateException("bench relevance needs MariaDB (SAMRAD_BENCH_DB_URL)");
            }
            List<Long> units = addUnits(server.database());
            WebClient analyst = server.signedIn(1, ANALYST).get(0);
            Map<String, Object> open = new LinkedHashMap<>();
            open.put("year", "2030");
            open.put("title", "Benchmark");
            open.put("units", units);
            open.put("deadline", "2030-04-30");
            Matcher round = ROUND.matcher(analyst.post("/relevance/new", open).expect(303).location());
            if (!round.matches()) {
                throw new IllegalStateException("no round opened");
            }
            String base = "/relevance/rounds/" + round.group(1);
            String task = base + "/units/" + units.get(0);
            List<Long> goals = ids(GOAL, analyst.ok(task).body());
            Map<Long, List<Long>> targets = new LinkedHashMap<>();
            for (long goal : goals) {
                targets.put(goal, ids(TARGET, analyst.ok(task + "/goals/" + goal).body()));
            }
            long start = System.nanoTime();
            Random random = new Random(19);
            for (long unit : units) {
                for (long goal : goals) {
                    save(analyst, base, unit, goal, targets.get(goal), random).expect(303);
                }
            }
            System.out.printf("filled %d units x %d goal pages in %.1f s%n", units.size(), goals.size(),
                    (System.nanoTime() - start) / 1e9);

            List<WebClient> staff = server.signedIn(CLIENTS, ANALYST);
            List<Long> allTargets = targets.values().stream().flatMap(List::stream).toList();
            AtomicLong sequence = new AtomicLong();
            Load.Result evidence = Load.run("evidence panel (a target's decision page)", CLIENTS, warmUp, duration,
                    c -> Load.expect(staff.get(c).get(base + "/decisions/"
                            + allTargets.get((int) (sequence.incrementAndGet() % allTargets.size()))), 200));
            System.out.println(evidence);
            Load.Result form = Load.run("a unit's goal form with evidence", CLIENTS, warmUp, duration,
                    c -> Load.expect(staff.get(c).get(base + "/units/" + units.get(c % units.size()) + "/goals/"
                            + goals.get((int) (sequence.incrementAndGet() % goals.size()))), 200));
            System.out.println(form);
            Load.Result heatmap = Load.run("heat map (result page)", CLIENTS, warmUp, duration,
                    c -> Load.expect(staff.get(c).get(base + "/result"), 200));
            System.out.println(heatmap);
            Load.Result save = Load.run("save a unit's goal page", CLIENTS, warmUp, duration, c -> {
                long goal = goals.get((int) (sequence.incrementAndGet() % goals.size()));
                Load.expect(save(staff.get(c), base, units.get(c % units.size()), goal, targets.get(goal),
                        new Random(c)), 303);
            });
            System.out.println(save);
            long errors = evidence.errors() + form.errors() + heatmap.errors() + save.errors();
            System.out.printf("goal form with evidence p99 %.1f ms%n", form.p99Ms());
            System.out.printf("BENCH relevance evidence_p99_ms=%.1f heatmap_p99_ms=%.1f save_p99_ms=%.1f errors=%d%n",
                    evidence.p99Ms(), heatmap.p99Ms(), save.p99Ms(), errors);
        }
    }

    private static WebClient.Response save(WebClient client, String base, long unit, long goal, List<Long> targets,
                                           Random random) {
        Map<String, Object> form = new LinkedHashMap<>();
        for (long target : targets) {
            form.put("e" + target + "-relevance", LEVELS[random.nextInt(LEVELS.length)]);
            form.put("e" + target + "-contribution", "Verksamhet " + random.nextInt(1000));
        }
        form.put("action", "save");
        return client.post(base + "/units/" + unit + "/goals/" + goal, form);
    }

    private static List<Long> ids(Pattern pattern, String page) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        Matcher m = pattern.matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return new ArrayList<>(ids);
    }

    /** The demo municipality's extra units, added with SQL (units have no bulk form). */
    private static List<Long> addUnits(BenchDatabase database) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            long organisation;
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT id FROM organisation WHERE name = 'Exempelkommun'")) {
                if (!r.next()) {
                    throw new IllegalStateException("the demo municipality is missing");
                }
                organisation = r.getLong(1);
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO org_unit (organisation_id, parent_id, name,"
                    + " kind, created_at) VALUES (?, NULL, ?, 'OPERATION', ?)", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 1; i <= UNITS; i++) {
                    insert.setLong(1, organisation);
                    insert.setString(2, "Enhet " + i);
                    insert.setTimestamp(3, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        ids.add(keys.getLong(1));
                    }
                }
            }
        }
        return ids;
    }
}
