package se.samrad.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * PostgreSQL full-text search on the library's rows, as Decidim and CONSUL use it: the published examples copied
 * from MariaDB into a database of the same name on {@code SAMRAD_BENCH_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/}, user {@code SAMRAD_BENCH_PG_USER} or postgres, password
 * {@code SAMRAD_BENCH_PG_PASSWORD}), a stored tsvector in each example's language (the 'swedish' and 'english'
 * configurations; 'simple' for Arabic, Persian and Finnish) weighted A title, B summary, C body, D tags, a GIN
 * index, {@code websearch_to_tsquery} in Swedish, English and simple (any of them may match) and
 * {@code ts_rank_cd}, with the same visibility filter. Absent (null, with a note) when PostgreSQL does not answer.
 */
final class PostgresFullText {

    private static final int BATCH = 2000;

    private PostgresFullText() {
    }

    static SqlPeer create(BenchDatabase mariadb, String name, PeerReader reader, int clients) throws Exception {
        String server = envOr("SAMRAD_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
        server = server.endsWith("/") ? server : server + "/";
        Properties login = new Properties();
        login.setProperty("user", envOr("SAMRAD_BENCH_PG_USER", "postgres"));
        login.setProperty("password", envOr("SAMRAD_BENCH_PG_PASSWORD", ""));
        login.setProperty("connectTimeout", "3");
        try (Connection admin = DriverManager.getConnection(server + "postgres", login);
             Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (java.sql.SQLException e) {
            System.out.println("PostgreSQL at " + server + " not reachable (" + e.getMessage() + "): its peer is skipped");
            return null;
        }
        login.setProperty("reWriteBatchedInserts", "true");
        long started = System.nanoTime();
        try (Connection pg = DriverManager.getConnection(server + name, login)) {
            createTable(pg);
            long rows = copy(mariadb, pg);
            try (Statement s = pg.createStatement()) {
                s.execute("CREATE INDEX bench_example_doc ON bench_example USING GIN (doc)");
                s.execute("ANALYZE bench_example");
            }
            System.out.printf("PostgreSQL: %d examples copied and indexed in %.1f s%n", rows,
                    (System.nanoTime() - started) / 1e9);
        }
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            connections.add(DriverManager.getConnection(server + name, login));
        }
        String sql = "SELECT id FROM bench_example, (SELECT websearch_to_tsquery('swedish', ?) "
                + "|| websearch_to_tsquery('english', ?) || websearch_to_tsquery('simple', ?) AS query) q "
                + "WHERE doc @@ q.query AND " + reader.sql() + " ORDER BY ts_rank_cd(doc, q.query) DESC, id LIMIT ?";
        return new SqlPeer("postgresql", sql, connections);
    }

    private static void createTable(Connection pg) throws Exception {
        try (Statement s = pg.createStatement()) {
            s.execute("CREATE TABLE bench_example (id BIGINT PRIMARY KEY, organisation_id BIGINT NOT NULL, "
                    + "visibility TEXT NOT NULL, network_id BIGINT, cfg REGCONFIG NOT NULL, title TEXT NOT NULL, "
                    + "summary TEXT NOT NULL, body TEXT NOT NULL, tags TEXT NOT NULL, doc TSVECTOR GENERATED ALWAYS AS ("
                    + "setweight(to_tsvector(cfg, title), 'A') || setweight(to_tsvector(cfg, summary), 'B') || "
                    + "setweight(to_tsvector(cfg, body), 'C') || setweight(to_tsvector(cfg, tags), 'D')) STORED)");
        }
    }

    /** Streams the published examples out of MariaDB into PostgreSQL in batches; returns how many. */
    private static long copy(BenchDatabase mariadb, Connection pg) throws Exception {
        long rows = 0;
        pg.setAutoCommit(false);
        try (Connection db = DriverManager.getConnection(mariadb.jdbcUrl(), mariadb.user(), mariadb.password());
             Statement read = db.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
             PreparedStatement write = pg.prepareStatement("INSERT INTO bench_example (id, organisation_id, "
                     + "visibility, network_id, cfg, title, summary, body, tags) VALUES (?, ?, ?, ?, ?::regconfig, ?, ?, ?, ?)")) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery("SELECT e.id, e.organisation_id, e.visibility, e.network_id, e.lang, "
                    + "t.title, t.summary, CONCAT_WS(' ', t.problem, t.actions, t.results, t.lessons), e.tags "
                    + "FROM library_example e JOIN library_example_text t ON t.example_id = e.id "
                    + "WHERE e.status = 'PUBLISHED' AND t.lang = e.lang")) {
                while (rs.next()) {
                    write.setLong(1, rs.getLong(1));
                    write.setLong(2, rs.getLong(2));
                    write.setString(3, rs.getString(3));
                    write.setObject(4, rs.getObject(4) == null ? null : rs.getLong(4), java.sql.Types.BIGINT);
                    write.setString(5, config(rs.getString(5)));
                    for (int i = 6; i <= 9; i++) {
                        write.setString(i, rs.getString(i));
                    }
                    write.addBatch();
                    if (++rows % BATCH == 0) {
                        write.executeBatch();
                        pg.commit();
                    }
                }
            }
            write.executeBatch();
            pg.commit();
        }
        pg.setAutoCommit(true);
        return rows;
    }

    private static String config(String lang) {
        return switch (lang) {
            case "sv" -> "swedish";
            case "en" -> "english";
            default -> "simple";
        };
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
