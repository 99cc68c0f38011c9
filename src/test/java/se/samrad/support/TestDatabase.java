package se.samrad.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MariaDBContainer;
import se.samrad.platform.db.EmbeddedDatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The MariaDB the tests run against, started once per test run: a Testcontainers container where a Docker
 * engine answers, otherwise the server given by {@code SAMRAD_TEST_DB_URL} (a server URL such as
 * {@code jdbc:mariadb://127.0.0.1:3306/}, with {@code SAMRAD_TEST_DB_USER} and {@code SAMRAD_TEST_DB_PASSWORD}),
 * otherwise an embedded MariaDB under {@code target/}. Each run starts from an empty database, named by
 * {@code SAMRAD_TEST_DB_NAME} (default {@code samrad_test}) so that two checkouts can test on one server at once,
 * with the number of the test JVM appended where several run at once (each its own database, embedded server too;
 * as each test class has a JVM of its own, see pom.xml, each class starts from an empty database).
 */
public final class TestDatabase {

    /** Surefire's number of this test JVM when several run at once (pom.xml), empty otherwise. */
    private static final String FORK = System.getProperty("samrad.test.fork", "").replaceAll("[^0-9]", "");
    private static final String DATABASE = envOr("SAMRAD_TEST_DB_NAME", "samrad_test") + (FORK.isEmpty() ? "" : "_" + FORK);
    private static Map<String, Object> properties;

    private TestDatabase() {
    }

    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            properties = start();
        }
        return properties;
    }

    private static Map<String, Object> start() {
        if (dockerAvailable()) {
            MariaDBContainer<?> container = new MariaDBContainer<>("mariadb:11.4").withDatabaseName(DATABASE);
            container.start();
            return datasource(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "testcontainers");
        }
        String url = System.getenv("SAMRAD_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            String user = envOr("SAMRAD_TEST_DB_USER", "root");
            String password = envOr("SAMRAD_TEST_DB_PASSWORD", "");
            String server = url.endsWith("/") ? url : url + "/";
            recreate(server, user, password, DATABASE);
            return datasource(server + DATABASE, user, password, "configured");
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(Path.of("target", "test-mariadb" + FORK), "mysql");
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
        recreate(embedded.serverUrl(), embedded.username(), "", DATABASE);
        return datasource(embedded.serverUrl() + DATABASE, embedded.username(), "", "embedded");
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

    private static Map<String, Object> datasource(String url, String user, String password, String source) {
        System.out.println("Tests use MariaDB (" + source + "): " + url);
        return Map.of("datasources.default.url", url, "datasources.default.username", user,
                "datasources.default.password", password);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
