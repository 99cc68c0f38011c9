package se.samrad.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MariaDBContainer;
import se.samrad.platform.db.EmbeddedDatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The MariaDB the tests run against, and an empty database on it for each test class. The server is found once
 * per test JVM: a Testcontainers container where a Docker engine answers, otherwise the server given by
 * {@code SAMRAD_TEST_DB_URL} (a server URL such as {@code jdbc:mariadb://127.0.0.1:3306/}, with
 * {@code SAMRAD_TEST_DB_USER} and {@code SAMRAD_TEST_DB_PASSWORD}), otherwise an embedded MariaDB under
 * {@code target/}. A test JVM runs many test classes one after another (pom.xml); {@link DatabasePerTestClass}
 * tells this class when one starts and ends, and the first {@link #properties()} of a class creates its database,
 * {@code <SAMRAD_TEST_DB_NAME>_<JVM>_<n>} (default name {@code samrad_test}, so that two checkouts can test on one
 * server at once; the JVM's number so that JVMs running at once never share one), which is dropped when the class
 * ends. Every application context a class starts (a restart test starts two) sees the same database.
 */
public final class TestDatabase {

    /** Surefire's number of this test JVM when several run at once (pom.xml), empty otherwise. */
    private static final String FORK = System.getProperty("samrad.test.fork", "").replaceAll("[^0-9]", "");
    private static final String PREFIX = envOr("SAMRAD_TEST_DB_NAME", "samrad_test") + (FORK.isEmpty() ? "" : "_" + FORK);

    private record Server(String url, String user, String password, String source) {
    }

    private static Server server;
    private static int classes;
    /** The running test class's database, once it asked for it. */
    private static String database;
    private static Map<String, Object> properties;

    private TestDatabase() {
    }

    /** The datasource settings of the running test class's own database, created empty on the first call. */
    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            if (server == null) {
                server = start();
            }
            classes++;
            database = PREFIX + "_" + classes;
            recreate(server.url(), server.user(), server.password(), database);
            System.out.println("Tests use MariaDB (" + server.source() + "): " + server.url() + database);
            properties = Map.of("datasources.default.url", server.url() + database,
                    "datasources.default.username", server.user(), "datasources.default.password", server.password());
        }
        return properties;
    }

    /** A test class starts: its first {@link #properties()} gets a new empty database. */
    static synchronized void classStarted() {
        classEnded();
    }

    /**
     * A test class ended (its application contexts closed): its database goes, with any the class made beside it
     * under its name ({@code <database>_...}).
     */
    static synchronized void classEnded() {
        if (database != null) {
            drop(database);
        }
        database = null;
        properties = null;
    }

    private static Server start() {
        if (dockerAvailable()) {
            // as root, which may create a database per test class
            MariaDBContainer<?> container = new MariaDBContainer<>("mariadb:11.4").withUsername("root");
            container.start();
            String url = "jdbc:mariadb://" + container.getHost() + ":" + container.getMappedPort(3306) + "/";
            return new Server(url, container.getUsername(), container.getPassword(), "testcontainers");
        }
        String url = System.getenv("SAMRAD_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Server(url.endsWith("/") ? url : url + "/", envOr("SAMRAD_TEST_DB_USER", "root"),
                    envOr("SAMRAD_TEST_DB_PASSWORD", ""), "configured");
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(Path.of("target", "test-mariadb" + FORK), "mysql");
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
        return new Server(embedded.serverUrl(), embedded.username(), "", "embedded");
    }

    private static boolean dockerAvailable() {
        if ("false".equals(System.getenv("SAMRAD_TEST_DOCKER"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | Error e) {
            return false;
        }
    }

    /** Drops and creates {@code database} on the server, empty and in utf8mb4 (tests and benchmarks). */
    public static void recreate(String serverUrl, String user, String password, String database) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database on " + serverUrl, e);
        }
    }

    /**
     * Drops {@code database} and those named {@code <database>_...}; a failure (a connection a test left open
     * holding a lock past the wait) is reported, not thrown: the next run's {@link #recreate} replaces it.
     */
    private static void drop(String database) {
        try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION lock_wait_timeout = 10");
            List<String> names = new ArrayList<>(List.of(database));
            try (ResultSet rs = statement.executeQuery("SHOW DATABASES LIKE '" + database.replace("_", "\\_") + "\\_%'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop the test database " + database + ": " + e.getMessage());
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
