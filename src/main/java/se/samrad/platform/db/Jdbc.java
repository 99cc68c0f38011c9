package se.samrad.platform.db;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.ConnectionOperations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements on a connection the framework hands out (inside {@code ConnectionOperations} or
 * {@code TransactionOperations}), for SQL a repository cannot express: multi-row inserts, streamed scans.
 */
public final class Jdbc {

    private Jdbc() {
    }

    /** Work on a connection; an {@link SQLException} it throws comes out as an {@link IllegalStateException}. */
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} on the current connection (joining the caller's transaction), or a new one. */
    public static <T> T read(ConnectionOperations<Connection> connections, Work<T> work) {
        return connections.executeRead(status -> unchecked(work, status.getConnection()));
    }

    /** As {@link #read}, for statements that change rows. */
    public static <T> T write(ConnectionOperations<Connection> connections, Work<T> work) {
        return connections.executeWrite(status -> unchecked(work, status.getConnection()));
    }

    public static <T> T unchecked(Work<T> work, Connection c) {
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Hands each row to {@code consumer} as it arrives, without holding the result in memory. */
    public static void forEach(Connection c, String sql, RowConsumer consumer, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setFetchSize(1000);
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
        }
    }

    public static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        List<T> result = new ArrayList<>();
        forEach(c, sql, rs -> result.add(mapper.map(rs)), args);
        return result;
    }

    public static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        }
    }

    public static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }

    public static void setDouble(PreparedStatement s, int index, @Nullable Double value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DOUBLE);
        } else {
            s.setDouble(index, value);
        }
    }
}
