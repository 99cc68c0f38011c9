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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The consequence assessment under load (issue 20): the demo municipality gets 2,000 cases
 * ({@code bench.consequence.cases}), each with do nothing and three alternatives, 10 linked targets, and five
 * assessors' views on every cell of both horizons (25 aspects: 15 fixed and the 10 targets), with the owner's
 * agreed value where they disagree, written with SQL; then 32 staff clients open a case's SKR matrix, its
 * prioritisation view, and generate the decision basis as PDF and as DOCX (a few at a time on the server, the
 * others waiting for a slot). Then 4 clients open the prioritisation view across all cases
 * ({@code /consequence/prioritisation}: one grouped statement over every case's cells), printed on its own line and
 * not in the BENCH line. The evidence from
 * 100,000 dialogue responses is not generated here (the demo content's dialogues are the evidence).
 * Needs MariaDB (SAMRAD_BENCH_DB_URL or 127.0.0.1:3306).
 */
final class ConsequenceBenchmark {

    private static final String ANALYST = "analys@exempelkommun.example";
    private static final int CASES = Integer.getInteger("bench.consequence.cases", 2000);
    private static final int CLIENTS = 32;
    private static final int ASSESSORS = 5;
    private static final int TARGETS = 10;
    private static final String[] FIXED = {"SOCIAL", "ECONOMIC", "ENVIRONMENTAL", "GLOBAL", "CHILDREN",
            "GENDER_EQUALITY", "DISABILITY", "DISTRICTS", "STAFF", "MONEY", "ORG_ECONOMY", "ORG_STAFF", "ORG_RESULTS",
            "RESIDENTS", "GOALS_REVISION"};
    private static final String[] RATINGS = {"CLEARLY_NEGATIVE", "NEGATIVE", "NEUTRAL", "POSITIVE",
            "CLEARLY_POSITIVE", "UNCERTAIN"};

    private ConsequenceBenchmark() {
    }

    static void run(Duration duration) throws Exception {
        Duration warmUp = Bench.warmUp(Duration.ofSeconds(5));
        try (BenchServer server = BenchServer.start("consequence", "1g", Map.of())) {
            if (server.database() == null) {
                throw new IllegalStateException("bench consequence needs MariaDB (SAMRAD_BENCH_DB_URL)");
            }
            long start = System.nanoTime();
            List<Long> cases = generate(server.database());
            System.out.printf("bench: %d cases with 4 alternatives, %d targets and %d assessors written in %.1f s%n",
                    cases.size(), TARGETS, ASSESSORS, (System.nanoTime() - start) / 1e9);
            List<WebClient> staff = server.signedIn(CLIENTS, ANALYST);
            AtomicLong sequence = new AtomicLong();
            Load.Result matrix = Load.run("SKR matrix of a case", CLIENTS, warmUp, duration,
                    c -> Load.expect(staff.get(c).get(path(cases, sequence, "/matrix")), 200));
            System.out.println(matrix);
            Load.Result prioritisation = Load.run("prioritisation of a case's alternatives", CLIENTS, warmUp,
                    duration, c -> Load.expect(staff.get(c).get(path(cases, sequence, "/prioritisation")), 200));
            System.out.println(prioritisation);
            Load.Result pdf = Load.run("decision basis PDF", CLIENTS, warmUp, duration,
                    c -> Load.expect(staff.get(c).get(path(cases, sequence, "/basis.pdf")), 200));
            System.out.println(pdf);
            Load.Result docx = Load.run("decision basis DOCX", CLIENTS, warmUp, duration,
                    c -> Load.expect(staff.get(c).get(path(cases, sequence, "/basis.docx")), 200));
            System.out.println(docx);
            Load.Result across = Load.run("prioritisation across all cases", 4, warmUp, duration,
                    c -> Load.expect(staff.get(c).get("/consequence/prioritisation"), 200));
            System.out.println(across);
            System.out.printf("BENCH consequence matrix_p99_ms=%.1f prioritisation_p99_ms=%.1f pdf_p99_ms=%.1f"
                            + " docx_p99_ms=%.1f errors=%d%n", matrix.p99Ms(), prioritisation.p99Ms(), pdf.p99Ms(),
                    docx.p99Ms(), matrix.errors() + prioritisation.errors() + pdf.errors() + docx.errors());
        }
    }

    private static String path(List<Long> cases, AtomicLong sequence, String page) {
        return "/consequence/cases/" + cases.get((int) (sequence.incrementAndGet() % cases.size())) + page;
    }

    /** The cases, written with SQL in batches (there is no bulk form for them). */
    private static List<Long> generate(BenchDatabase database) throws Exception {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl() + "?rewriteBatchedStatements=true",
                database.user(), database.password())) {
            long organisation = one(c, "SELECT id FROM organisation WHERE name = 'Exempelkommun'");
            List<Long> assessors = ids(c, "SELECT id FROM account WHERE organisation_id = " + organisation
                    + " ORDER BY id LIMIT " + ASSESSORS);
            List<Long> targets = ids(c, "SELECT e.id FROM goal_element e JOIN goal_framework f ON f.id = e.framework_id"
                    + " WHERE f.fkey = 'agenda2030' AND f.organisation_id IS NULL AND e.parent_id IS NOT NULL"
                    + " ORDER BY e.position LIMIT " + TARGETS);
            List<String> aspects = new ArrayList<>(List.of(FIXED));
            targets.forEach(t -> aspects.add("T" + t));
            Timestamp now = Timestamp.from(Instant.now());
            Random random = new Random(20);
            List<Long> cases = new ArrayList<>();
            c.setAutoCommit(false);
            try (PreparedStatement kase = c.prepareStatement("INSERT INTO consequence_case (organisation_id, title,"
                    + " background, deciding_body, owner_account_id, created_at, updated_at) VALUES (?, ?, ?,"
                    + " 'Kommunstyrelsen', ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement link = c.prepareStatement("INSERT INTO consequence_link (organisation_id, case_id,"
                         + " kind, ref_id) VALUES (?, ?, 'TARGET', ?)");
                 PreparedStatement alternative = c.prepareStatement("INSERT INTO consequence_alternative"
                         + " (organisation_id, case_id, position, do_nothing, title, money_once, money_yearly,"
                         + " staff_once, staff_yearly, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement view = c.prepareStatement("INSERT INTO consequence_view (organisation_id, case_id,"
                         + " alternative_id, horizon, aspect, assessor_account_id, rating, reason, updated_at)"
                         + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement agreed = c.prepareStatement("INSERT INTO consequence_agreed (organisation_id,"
                         + " case_id, alternative_id, horizon, aspect, rating, note, decided_by_account, updated_at)"
                         + " VALUES (?, ?, ?, ?, ?, ?, 'Enligt analysgruppen', ?, ?)")) {
                for (int n = 1; n <= CASES; n++) {
                    kase.setLong(1, organisation);
                    kase.setString(2, "Ärende " + n + ": minska matsvinnet i kök " + n);
                    kase.setString(3, "Bakgrund till ärende " + n + ".");
                    kase.setLong(4, assessors.get(0));
                    kase.setTimestamp(5, now);
                    kase.setTimestamp(6, now);
                    kase.executeUpdate();
                    long id = generatedKey(kase);
                    cases.add(id);
                    for (long target : targets) {
                        link.setLong(1, organisation);
                        link.setLong(2, id);
                        link.setLong(3, target);
                        link.addBatch();
                    }
                    for (int position = 0; position < 4; position++) {
                        alternative.setLong(1, organisation);
                        alternative.setLong(2, id);
                        alternative.setInt(3, position);
                        alternative.setBoolean(4, position == 0);
                        alternative.setString(5, position == 0 ? "Gör ingenting" : "Alternativ " + (char) ('A' + position - 1));
                        alternative.setLong(6, 50_000L * random.nextInt(20));
                        alternative.setLong(7, 10_000L * random.nextInt(20));
                        alternative.setDouble(8, random.nextInt(4) * 0.5);
                        alternative.setDouble(9, random.nextInt(4) * 0.25);
                        alternative.setInt(10, 1 + random.nextInt(3));
                        alternative.executeUpdate();
                        long alt = generatedKey(alternative);
                        for (String horizon : List.of("SHORT", "LONG")) {
                            for (String aspect : aspects) {
                                String first = null;
                                boolean disagree = false;
                                for (long assessor : assessors) {
                                    String rating = RATINGS[random.nextInt(RATINGS.length)];
                                    disagree |= first != null && !first.equals(rating);
                                    first = first == null ? rating : first;
                                    view.setLong(1, organisation);
                                    view.setLong(2, id);
                                    view.setLong(3, alt);
                                    view.setString(4, horizon);
                                    view.setString(5, aspect);
                                    view.setLong(6, assessor);
                                    view.setString(7, rating);
                                    view.setString(8, "Bedömning " + n);
                                    view.setTimestamp(9, now);
                                    view.addBatch();
                                }
                                if (disagree) {
                                    agreed.setLong(1, organisation);
                                    agreed.setLong(2, id);
                                    agreed.setLong(3, alt);
                                    agreed.setString(4, horizon);
                                    agreed.setString(5, aspect);
                                    agreed.setString(6, first);
                                    agreed.setLong(7, assessors.get(0));
                                    agreed.setTimestamp(8, now);
                                    agreed.addBatch();
                                }
                            }
                        }
                    }
                    if (n % 20 == 0 || n == CASES) {
                        link.executeBatch();
                        view.executeBatch();
                        agreed.executeBatch();
                        c.commit();
                    }
                }
            }
            c.setAutoCommit(true);
            return cases;
        }
    }

    private static long generatedKey(PreparedStatement statement) throws Exception {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static long one(Connection c, String sql) throws Exception {
        List<Long> found = ids(c, sql);
        if (found.isEmpty()) {
            throw new IllegalStateException("nothing for " + sql);
        }
        return found.get(0);
    }

    private static List<Long> ids(Connection c, String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }
}
