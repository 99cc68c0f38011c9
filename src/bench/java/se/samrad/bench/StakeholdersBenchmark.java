package se.samrad.bench;

import se.samrad.platform.csv.Csv;
import se.samrad.support.WebClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The stakeholder register at a municipality's scale (issue 17): BENCH_STAKEHOLDERS organisations (default 20,000)
 * imported through the CSV import in files of 5,000 rows (rows per second printed); BENCH_CONTACTS contacts
 * (60,000) and BENCH_ENGAGEMENTS engagement entries (500,000, one organisation holding 2,000 of them, a tenth
 * in another organisation) written straight into the database, since the register has no import of those; then
 * 32 staff clients searching with filters and facets, opening the timeline of the organisation with 2,000
 * entries, and the grid; and the same word searches as MariaDB FULLTEXT ({@code MATCH ... AGAINST}) over the
 * organisations' names and descriptions, for the ratio.
 */
final class StakeholdersBenchmark {

    private static final String ADMIN = "admin@exempelkommun.example";
    private static final int FILE_ROWS = 5000;
    private static final int TIMELINE = 2000;
    private static final String[] WORDS = {"förening", "bygg", "skola", "energi", "idrott", "vatten", "kultur",
            "trygghet"};
    private static final String[] KINDS = {"COMPANY", "CIVIL_SOCIETY", "AUTHORITY", "ACADEMIA", "FEDERATION"};

    private StakeholdersBenchmark() {
    }

    static void run(Duration duration) throws Exception {
        int organisations = size("BENCH_STAKEHOLDERS", 20_000);
        int contacts = size("BENCH_CONTACTS", 60_000);
        int engagements = size("BENCH_ENGAGEMENTS", 500_000);
        Duration warmUp = Bench.warmUp(Duration.ofSeconds(5));
        int clients = 32;
        try (BenchServer server = BenchServer.start("stakeholders", "2g", Map.of())) {
            WebClient admin = server.signedIn(1, ADMIN).get(0);
            long errors = 0;
            long started = System.nanoTime();
            for (int from = 0; from < organisations; from += FILE_ROWS) {
                WebClient.Response imported = admin.multipart("/stakeholders/import", Map.of(), "bench.csv",
                        file(from, Math.min(organisations, from + FILE_ROWS)));
                if (imported.status() != 200) {
                    errors++;
                    System.out.println("import answered " + imported.status());
                }
            }
            double importSeconds = (System.nanoTime() - started) / 1e9;
            double rowsPerSecond = organisations / importSeconds;
            System.out.printf("import: %d organisations in %.1f s, %.0f rows/s%n", organisations, importSeconds,
                    rowsPerSecond);

            BenchDatabase database = server.database();
            long heavy = fill(database, contacts, engagements);
            List<WebClient> staff = server.signedIn(clients, ADMIN);
            Load.Result search = Load.run("search with facets", clients, warmUp, duration, c -> Load.expect(
                    staff.get(c).get("/stakeholders/find?q=" + URLEncoder.encode(WORDS[c % WORDS.length],
                            StandardCharsets.UTF_8) + (c % 2 == 0 ? "&kind=" + KINDS[c % KINDS.length] : "")), 200));
            System.out.println(search);
            Load.Result silent = Load.run("not heard from in a year", clients, warmUp, duration, c -> Load.expect(
                    staff.get(c).get("/stakeholders/find?silentSince=" + LocalDate.now().minusYears(1)), 200));
            System.out.println(silent);
            Load.Result timeline = Load.run("timeline of " + TIMELINE + " entries", clients, warmUp, duration,
                    c -> Load.expect(staff.get(c).get("/stakeholders/organisations/" + heavy), 200));
            System.out.println(timeline);
            Load.Result grid = Load.run("grid", clients, warmUp, duration,
                    c -> Load.expect(staff.get(c).get("/stakeholders/grid"), 200));
            System.out.println(grid);
            Load.Result fulltext = fullText(database, clients, warmUp, duration);
            errors += search.errors() + silent.errors() + timeline.errors() + grid.errors()
                    + (fulltext == null ? 0 : fulltext.errors());
            System.out.printf("BENCH stakeholders import_rows_per_s=%.0f search_p99_ms=%.1f timeline_p99_ms=%.1f"
                            + " fulltext_p99_ms=%s errors=%d%n", rowsPerSecond, search.p99Ms(), timeline.p99Ms(),
                    fulltext == null ? "n/a" : "%.1f".formatted(fulltext.p99Ms()), errors);
        }
    }

    /** Rows {@code from} to {@code to} as a CSV file the import reads, each with a valid organisationsnummer. */
    static byte[] file(int from, int to) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String word = WORDS[i % WORDS.length];
            rows.add(List.of("Bench " + Character.toUpperCase(word.charAt(0)) + word.substring(1) + "föreningen " + i,
                    KINDS[i % KINDS.length], "", number(i), "Storgatan " + (i % 90 + 1),
                    "Arbetar med " + WORDS[(i + 3) % WORDS.length] + " och " + WORDS[(i + 5) % WORDS.length]));
        }
        return Csv.write(List.of("name", "kind", "internal", "org_number", "address", "description"), rows)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A valid ten-digit organisationsnummer for {@code i} (Luhn check digit). */
    static String number(int i) {
        String nine = "55" + String.format("%07d", i);
        int sum = 0;
        for (int d = 0; d < nine.length(); d++) {
            int value = (nine.charAt(d) - '0') * (d % 2 == 0 ? 2 : 1);
            sum += value / 10 + value % 10;
        }
        return nine.substring(0, 6) + "-" + nine.substring(6) + ((10 - sum % 10) % 10);
    }

    /**
     * Contacts and engagements straight into the database (batched); answers the organisation given the
     * {@value #TIMELINE}-entry timeline. Without a MariaDB of its own (embedded), nothing is added.
     */
    private static long fill(BenchDatabase database, int contacts, int engagements) throws Exception {
        if (database == null) {
            System.out.println("embedded MariaDB: contacts and engagements not added");
            return 1;
        }
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             Statement s = db.createStatement()) {
            db.setAutoCommit(false);
            long organisation;
            long first;
            long last;
            try (ResultSet r = s.executeQuery("SELECT organisation_id, MIN(id), MAX(id) FROM stakeholder"
                    + " WHERE name LIKE 'Bench %' GROUP BY organisation_id")) {
                r.next();
                organisation = r.getLong(1);
                first = r.getLong(2);
                last = r.getLong(3);
            }
            long other = organisation;
            try (ResultSet r = s.executeQuery("SELECT id FROM organisation WHERE id <> " + organisation + " LIMIT 1")) {
                if (r.next()) {
                    other = r.getLong(1);
                }
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO stakeholder_contact (organisation_id,"
                    + " name, email, lawful_basis, created_at, updated_at) VALUES (?, ?, ?, 'PUBLIC_TASK', NOW(3),"
                    + " NOW(3))")) {
                for (int i = 0; i < contacts; i++) {
                    insert.setLong(1, i % 10 == 0 ? other : organisation);
                    insert.setString(2, "Kontakt " + i);
                    insert.setString(3, "kontakt" + i + "@bench.example");
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            long span = Math.max(1, last - first + 1);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO stakeholder_engagement (organisation_id,"
                    + " stakeholder_id, kind, occurred_on, summary, created_at) VALUES (?, ?, ?, ?, ?, NOW(3))")) {
                for (int i = 0; i < engagements; i++) {
                    boolean otherTenant = i % 10 == 9 && other != organisation;
                    insert.setLong(1, otherTenant ? other : organisation);
                    insert.setObject(2, otherTenant ? null : (i < TIMELINE ? first : first + (i % span)));
                    insert.setString(3, i % 3 == 0 ? "MEETING" : i % 3 == 1 ? "LETTER" : "PHONE");
                    insert.setObject(4, LocalDate.now().minusDays(i % 1500));
                    insert.setString(5, "Samtal om " + WORDS[i % WORDS.length] + " och "
                            + WORDS[(i + 1) % WORDS.length]);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
            System.out.printf("filled: %d contacts and %d engagements in %.1f s%n", contacts, engagements,
                    (System.nanoTime() - started) / 1e9);
            return first;
        }
    }

    /** The same word searches as MariaDB FULLTEXT on a copy of the organisations' names and descriptions. */
    private static Load.Result fullText(BenchDatabase database, int clients, Duration warmUp, Duration duration)
            throws Exception {
        if (database == null) {
            return null;
        }
        long organisation;
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             Statement s = db.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_fulltext_stakeholder");
            s.execute("CREATE TABLE bench_fulltext_stakeholder (id BIGINT PRIMARY KEY, organisation_id BIGINT NOT NULL,"
                    + " kind VARCHAR(30) NOT NULL, name VARCHAR(300) NOT NULL, description VARCHAR(4000) NOT NULL)"
                    + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
            s.execute("INSERT INTO bench_fulltext_stakeholder SELECT id, organisation_id, kind, name, description"
                    + " FROM stakeholder");
            s.execute("ALTER TABLE bench_fulltext_stakeholder ADD FULLTEXT INDEX ft_bench_stakeholder (name,"
                    + " description)");
            try (ResultSet r = s.executeQuery("SELECT organisation_id FROM stakeholder WHERE name LIKE 'Bench %'"
                    + " LIMIT 1")) {
                r.next();
                organisation = r.getLong(1);
            }
        }
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            connections.add(DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password()));
        }
        try {
            Load.Result result = Load.run("MariaDB FULLTEXT", clients, warmUp, duration, c -> {
                try (PreparedStatement query = connections.get(c).prepareStatement("SELECT id, name FROM"
                        + " bench_fulltext_stakeholder WHERE organisation_id = ? AND MATCH (name, description)"
                        + " AGAINST (? IN BOOLEAN MODE)" + (c % 2 == 0 ? " AND kind = ?" : "") + " ORDER BY name")) {
                    query.setLong(1, organisation);
                    query.setString(2, WORDS[c % WORDS.length] + "*");
                    if (c % 2 == 0) {
                        query.setString(3, KINDS[c % KINDS.length]);
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            rows.getLong(1);
                        }
                    }
                }
            });
            System.out.println(result);
            return result;
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private static int size(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
