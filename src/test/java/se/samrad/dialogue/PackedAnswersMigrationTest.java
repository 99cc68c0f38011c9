package se.samrad.dialogue;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import se.samrad.support.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * V6 on a database that already holds answers the V5 way (a row per chosen option, value or text, contact
 * details on the response): the answers end up packed on their responses, free texts stay rows, the respondent
 * total counts the submitted responses, and contact details move to their own table.
 */
class PackedAnswersMigrationTest {

    @Test
    void answersStoredBeforeArePackedOnTheirResponses() throws SQLException {
        Map<String, Object> test = TestDatabase.properties();
        String url = (String) test.get("datasources.default.url");
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        String user = (String) test.get("datasources.default.username");
        String password = (String) test.get("datasources.default.password");
        String database = url.substring(url.lastIndexOf('/') + 1) + "_v6";
        try {
            TestDatabase.recreate(server, user, password, database);
        } catch (IllegalStateException e) {
            assumeTrue(false, "the test user may not create a second database: " + e.getMessage());
        }
        Flyway.configure().dataSource(server + database, user, password).locations("classpath:db/migration")
                .target("5").load().migrate();
        try (Connection c = DriverManager.getConnection(server + database, user, password);
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO organisation (id, name, kind, created_at) VALUES (1, 'Kommunen', 'MUNICIPALITY', NOW())");
            s.execute("INSERT INTO dialogue (id, organisation_id, public_key, state, texts, languages, anonymous,"
                    + " requires_code, created_at, updated_at) VALUES (1, 1, 'k1', 'OPEN', '{}', 'sv', FALSE, FALSE,"
                    + " NOW(), NOW())");
            s.execute("INSERT INTO dialogue_version (id, dialogue_id, number, definition, created_at)"
                    + " VALUES (1, 1, 1, '{}', NOW())");
            s.execute("INSERT INTO dialogue_response (id, dialogue_id, version_id, lang, state, started_at, updated_at,"
                    + " submitted_at, district, contact_name, contact_email) VALUES"
                    + " (1, 1, 1, 'sv', 'SUBMITTED', NOW(), NOW(), NOW(), 'norr', 'Alva', 'alva@example.org'),"
                    + " (2, 1, 1, 'ar', 'SUBMITTED', NOW(), NOW(), NOW(), 'soder', NULL, NULL),"
                    + " (3, 1, 1, 'sv', 'IN_PROGRESS', NOW(), NOW(), NULL, NULL, NULL, 'bo@example.org')");
            s.execute("INSERT INTO dialogue_answer (dialogue_id, response_id, question_key, option_key, seq, number_value,"
                    + " text_value, lang, district) VALUES"
                    + " (1, 1, 'thrive', 'good', 0, NULL, NULL, 'sv', 'norr'),"
                    + " (1, 1, 'issues', 'green', 0, NULL, NULL, 'sv', 'norr'),"
                    + " (1, 1, 'issues', 'other', 1, NULL, 'Fler bänkar', 'sv', 'norr'),"
                    + " (1, 1, 'years', NULL, 0, 12.5, NULL, 'sv', 'norr'),"
                    + " (1, 2, 'thrive', 'bad', 0, NULL, NULL, 'ar', 'soder'),"
                    + " (1, 2, 'comment', NULL, 0, NULL, 'نحتاج حافلات', 'ar', 'soder')");
        }
        Flyway.configure().dataSource(server + database, user, password).locations("classpath:db/migration").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(server + database, user, password);
             Statement s = c.createStatement()) {
            assertEquals(List.of(new AnswerRow("thrive", "good", 0, null, null),
                            new AnswerRow("issues", "green", 0, null, null),
                            new AnswerRow("issues", "other", 1, null, null),
                            new AnswerRow("years", null, 0, 12.5, null)),
                    PackedAnswers.unpack(one(s, "SELECT answers FROM dialogue_response WHERE id = 1")));
            assertEquals(List.of(new AnswerRow("thrive", "bad", 0, null, null),
                            new AnswerRow("comment", null, 0, null, null)),
                    PackedAnswers.unpack(one(s, "SELECT answers FROM dialogue_response WHERE id = 2")));
            assertEquals(List.of("1 issues Fler bänkar", "2 comment نحتاج حافلات"),
                    rows(s, "SELECT CONCAT(response_id, ' ', question_key, ' ', text_value) FROM dialogue_answer"
                            + " ORDER BY id"));
            assertEquals("2", one(s, "SELECT answers FROM dialogue_tally WHERE dialogue_id = 1 AND question_key = ''"));
            assertEquals(List.of("1 Alva alva@example.org", "3 - bo@example.org"), rows(s,
                    "SELECT CONCAT(response_id, ' ', COALESCE(name, '-'), ' ', email) FROM dialogue_contact ORDER BY 1"));
            assertFalse(rows(s, "SHOW COLUMNS FROM dialogue_response").stream().anyMatch(col -> col.startsWith("contact")));
        } finally {
            try (Connection c = DriverManager.getConnection(server, user, password);
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE " + database);
            }
        }
    }

    private static String one(Statement s, String sql) throws SQLException {
        List<String> all = rows(s, sql);
        assertEquals(1, all.size(), sql);
        return all.get(0);
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
