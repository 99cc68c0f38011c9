package se.samrad.indicator;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import se.samrad.platform.db.Jdbc;
import se.samrad.platform.db.Placeholders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.List;

/**
 * Writes many values in multi-row statements on the caller's transaction: an import of millions of values would
 * take hours one insert at a time (Micronaut Data's saveAll is not batched on MariaDB). A row whose key is already
 * stored is updated in the same statement.
 */
@Singleton
class ValueInserts {

    private static final int ROWS_PER_STATEMENT = 2000;
    private static final String ROW = "(?,?,?,?,?,?,?,?)";

    private final ConnectionOperations<Connection> connections;

    ValueInserts(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    void upsert(List<ValueRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Jdbc.write(connections, c -> {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                List<ValueRow> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
                try (PreparedStatement s = c.prepareStatement("INSERT INTO indicator_value (organisation_id,"
                        + " indicator_id, series, year, gender, value, origin, updated_at) VALUES "
                        + Placeholders.rows(ROW, part.size()) + " ON DUPLICATE KEY UPDATE value = VALUES(value),"
                        + " origin = VALUES(origin), updated_at = VALUES(updated_at)")) {
                    int i = 1;
                    for (ValueRow v : part) {
                        s.setLong(i++, v.organisationId());
                        s.setLong(i++, v.indicatorId());
                        s.setString(i++, v.series());
                        s.setInt(i++, v.year());
                        s.setString(i++, v.gender());
                        s.setDouble(i++, v.value());
                        s.setString(i++, v.origin().name());
                        s.setTimestamp(i++, Timestamp.from(v.updatedAt()));
                    }
                    s.executeUpdate();
                }
            }
            return null;
        });
    }
}
