package se.samrad.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB's InnoDB FULLTEXT on the library's rows, in the benchmark's own database: a table with each published
 * example's title, summary, body (problem, actions, results, lessons) and tags, a FULLTEXT index over them, and
 * {@code MATCH ... AGAINST} ranked by its relevance. Natural language mode is the peer the benchmark reports (a
 * ranked OR of the words, as a developer would first write it); boolean mode (the words without operators, so also
 * an OR, ranked) is printed beside it.
 */
final class MariaDbFullText {

    private static final String COLUMNS = "title, summary, body, tags";

    private MariaDbFullText() {
    }

    /** Builds the table and index, and returns the natural-language peer with one connection per client. */
    static SqlPeer create(BenchDatabase database, PeerReader reader, int clients) throws Exception {
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             Statement s = db.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_fulltext_example");
            s.execute("CREATE TABLE bench_fulltext_example (id BIGINT PRIMARY KEY, organisation_id BIGINT NOT NULL, "
                    + "visibility VARCHAR(20) NOT NULL, network_id BIGINT NULL, title VARCHAR(500) NOT NULL, "
                    + "summary TEXT NOT NULL, body TEXT NOT NULL, tags VARCHAR(1000) NOT NULL) "
                    + "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
            s.execute("INSERT INTO bench_fulltext_example SELECT e.id, e.organisation_id, e.visibility, e.network_id, "
                    + "t.title, t.summary, CONCAT_WS(' ', t.problem, t.actions, t.results, t.lessons), e.tags "
                    + "FROM library_example e JOIN library_example_text t ON t.example_id = e.id "
                    + "WHERE e.status = 'PUBLISHED' AND t.lang = e.lang");
            s.execute("ALTER TABLE bench_fulltext_example ADD FULLTEXT INDEX ft_bench_example (" + COLUMNS + ")");
        }
        System.out.printf("MariaDB FULLTEXT: table and index built in %.1f s%n", (System.nanoTime() - started) / 1e9);
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            connections.add(DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password()));
        }
        return new SqlPeer("mariadb-fulltext", sql("IN NATURAL LANGUAGE MODE", reader), connections);
    }

    /**
     * The same peer in boolean mode (its connections shared), the operator characters taken out of the query so
     * that what the user typed is words ("e-scooters" would otherwise exclude "scooters").
     */
    static SqlPeer booleanMode(SqlPeer natural, PeerReader reader) throws Exception {
        return natural.withSql("mariadb-boolean", sql("IN BOOLEAN MODE", reader),
                query -> query.replaceAll("[-+<>()~*\"@]", " "));
    }

    private static String sql(String mode, PeerReader reader) {
        String match = "MATCH (" + COLUMNS + ") AGAINST (? " + mode + ")";
        return "SELECT id FROM bench_fulltext_example WHERE " + match + " AND " + reader.sql()
                + " ORDER BY " + match + " DESC, id LIMIT ?";
    }
}
