package se.samrad.bench;

import se.samrad.support.TestDatabase;

import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The MariaDB a benchmark's server runs on: the server in {@code SAMRAD_BENCH_DB_URL} (a server URL such as
 * {@code jdbc:mariadb://127.0.0.1:3306/}, user {@code SAMRAD_BENCH_DB_USER}, password
 * {@code SAMRAD_BENCH_DB_PASSWORD}), else a server answering on 127.0.0.1:3306 as root, else none, and the
 * benchmarked server starts its embedded MariaDB. Each run gets a freshly created database.
 */
record BenchDatabase(String jdbcUrl, String user, String password) {

    static BenchDatabase fresh(String name) {
        String server = System.getenv("SAMRAD_BENCH_DB_URL");
        String user = envOr("SAMRAD_BENCH_DB_USER", "root");
        String password = envOr("SAMRAD_BENCH_DB_PASSWORD", "");
        if (server == null || server.isBlank()) {
            if (!answers("127.0.0.1", 3306)) {
                return null;
            }
            server = "jdbc:mariadb://127.0.0.1:3306/";
        }
        server = server.endsWith("/") ? server : server + "/";
        TestDatabase.recreate(server, user, password, name);
        return new BenchDatabase(server + name, user, password);
    }

    /** A plain JDBC connection to this database (for benchmarks that write or read it without the server). */
    java.sql.Connection connect() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(jdbcUrl, user, password);
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
