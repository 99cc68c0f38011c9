package se.samrad.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A full-text search a municipality could pick instead of Samråd's, run on the same rows as the library: one SQL
 * query returning the ids of the first visible examples, best first, with the query text bound to every
 * {@code ?} but the last, which is the limit. One connection per load-generating client, as an application's pool would give.
 */
final class SqlPeer implements AutoCloseable {

    private final String name;
    private final String sql;
    private final int parameters;
    private final List<Connection> connections;
    private final UnaryOperator<String> rewrite;
    private final List<PreparedStatement> statements = new ArrayList<>();

    SqlPeer(String name, String sql, List<Connection> connections) throws Exception {
        this(name, sql, connections, UnaryOperator.identity());
    }

    /** {@code rewrite} turns what the user typed into what is bound (e.g. without a syntax's operators). */
    SqlPeer(String name, String sql, List<Connection> connections, UnaryOperator<String> rewrite) throws Exception {
        this.name = name;
        this.sql = sql;
        this.rewrite = rewrite;
        this.parameters = (int) sql.chars().filter(c -> c == '?').count();
        this.connections = connections;
        for (Connection connection : connections) {
            statements.add(connection.prepareStatement(sql));
        }
    }

    String name() {
        return name;
    }

    /** The same search on the same connections with other SQL (MariaDB's boolean mode beside its natural one). */
    SqlPeer withSql(String otherName, String otherSql, UnaryOperator<String> otherRewrite) throws Exception {
        return new SqlPeer(otherName, otherSql, connections, otherRewrite);
    }

    /** The ids of the first {@code limit} visible examples for {@code query}, best first. */
    List<Long> top(int client, String query, int limit) throws Exception {
        PreparedStatement statement = statements.get(client);
        String bound = rewrite.apply(query);
        for (int i = 1; i < parameters; i++) {
            statement.setString(i, bound);
        }
        statement.setInt(parameters, limit);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    Quality.Engine engine() {
        return query -> top(0, query, Quality.DEPTH);
    }

    @Override
    public String toString() {
        return name + ": " + sql;
    }

    @Override
    public void close() throws Exception {
        for (PreparedStatement statement : statements) {
            statement.close();
        }
    }

    /** Closes the connections too (the peer made from them with {@link #withSql} closes only its statements). */
    void closeAll() throws Exception {
        close();
        for (Connection connection : connections) {
            connection.close();
        }
    }
}
