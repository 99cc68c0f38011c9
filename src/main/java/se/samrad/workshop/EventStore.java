package se.samrad.workshop;

import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import se.samrad.platform.db.Placeholders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored workshop events ({@code workshop_event}): how an event becomes a row and back, and batches of rows
 * written at once. The ordering, the state and the group commit are {@link EventLog}'s.
 */
@Singleton
class EventStore {

    /** Most rows read at once. */
    static final int PAGE = 1000;
    /** Most rows in one INSERT: a batch that large is written in one transaction of several statements. */
    private static final int ROWS_PER_STATEMENT = 500;
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    private final EventRowRepository rows;
    private final JsonMapper json;
    private final TransactionOperations<Connection> transactions;
    private final ConnectionOperations<Connection> connections;

    EventStore(EventRowRepository rows, JsonMapper json, TransactionOperations<Connection> transactions,
               ConnectionOperations<Connection> connections) {
        this.rows = rows;
        this.json = json;
        this.transactions = transactions;
        this.connections = connections;
    }

    /** The row an event is stored as: a participant's display name goes with the data, as {@code _name}. */
    EventRow row(WorkshopEvent event) {
        Map<String, Object> stored = new LinkedHashMap<>(event.data());
        if (!event.name().isEmpty()) {
            stored.put("_name", event.name());
        }
        return new EventRow(null, event.workshopId(), event.seq(), event.type().name(), event.activityId(),
                event.author(), event.clientId(), write(stored), event.at());
    }

    /**
     * Stores rows with one multi-row INSERT, which is atomic by itself: one round trip to the database (and one
     * log flush) for a batch, where a transaction of one INSERT per row cost a round trip per row plus the
     * transaction's own. A batch too large for one statement is written in one transaction.
     */
    void insert(List<EventRow> batch) {
        if (batch.size() <= ROWS_PER_STATEMENT) {
            connections.executeWrite(status -> {
                insert(status.getConnection(), batch);
                return null;
            });
            return;
        }
        transactions.executeWrite(status -> {
            for (int from = 0; from < batch.size(); from += ROWS_PER_STATEMENT) {
                insert(status.getConnection(), batch.subList(from, Math.min(batch.size(), from + ROWS_PER_STATEMENT)));
            }
            return null;
        });
    }

    /**
     * Runs {@code write} in one transaction that first locks the workshop's row: while it runs no other node can
     * store an event of this workshop (each insert's foreign-key check waits for the lock), so what {@code write}
     * reads of the log is all there is, and the sequence numbers it gives cannot be taken meanwhile.
     */
    <T> T locked(long workshopId, java.util.function.Supplier<T> write) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement lock = status.getConnection().prepareStatement(
                    "SELECT id FROM workshop WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, workshopId);
                lock.executeQuery().close();
            } catch (SQLException e) {
                throw new IllegalStateException("locking workshop " + workshopId + " failed: " + e.getMessage(), e);
            }
            return write.get();
        });
    }

    private static void insert(Connection connection, List<EventRow> rows) {
        String sql = "INSERT INTO workshop_event (workshop_id, seq, type, activity_id, author, client_id, payload,"
                + " created_at) VALUES " + Placeholders.rows("(?,?,?,?,?,?,?,?)", rows.size());
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int k = 1;
            for (EventRow row : rows) {
                insert.setLong(k++, row.workshopId());
                insert.setLong(k++, row.seq());
                insert.setString(k++, row.type());
                if (row.activityId() == null) {
                    insert.setNull(k++, Types.BIGINT);
                } else {
                    insert.setLong(k++, row.activityId());
                }
                insert.setString(k++, row.author());
                insert.setString(k++, row.clientId());
                insert.setString(k++, row.payload());
                insert.setTimestamp(k++, Timestamp.from(row.createdAt()));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("storing workshop events failed: " + e.getMessage(), e);
        }
    }

    /**
     * Whether a failed insert met a row another node stored first: the same sequence number or the same
     * submission (MariaDB's duplicate-key error 1062).
     */
    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }

    /** The highest sequence number stored for the workshop, 0 when it has none. */
    long lastSeq(long workshopId) {
        return rows.maxSeq(workshopId);
    }

    /** The highest sequence number of each of these workshops that has events (one query, at most 1,000 ids). */
    Map<Long, Long> lastSeqs(Collection<Long> workshopIds) {
        Map<Long, Long> last = new HashMap<>();
        if (!workshopIds.isEmpty()) {
            rows.maxSeqs(workshopIds).forEach(row -> last.put(row.workshopId(), row.seq()));
        }
        return last;
    }

    /** Events after {@code afterSeq}, oldest first, at most {@code limit}. */
    List<WorkshopEvent> after(long workshopId, long afterSeq, int limit) {
        return rows.after(workshopId, Math.max(0, afterSeq), limit).stream().map(this::toEvent).toList();
    }

    /** The event stored with sequence number {@code seq}. */
    Optional<WorkshopEvent> at(long workshopId, long seq) {
        return rows.after(workshopId, seq - 1, 1).stream().findFirst().map(this::toEvent);
    }

    /** Every event of the workshop, oldest first, read a page at a time. */
    List<WorkshopEvent> all(long workshopId) {
        List<WorkshopEvent> all = new ArrayList<>();
        long seq = 0;
        List<WorkshopEvent> page;
        do {
            page = after(workshopId, seq, PAGE);
            all.addAll(page);
            if (!page.isEmpty()) {
                seq = page.get(page.size() - 1).seq();
            }
        } while (page.size() == PAGE);
        return all;
    }

    private WorkshopEvent toEvent(EventRow row) {
        try {
            Map<String, Object> data = new LinkedHashMap<>(json.readValue(row.payload(), MAP));
            String name = row.author().startsWith("p") ? String.valueOf(data.getOrDefault("_name", "")) : "";
            data.remove("_name");
            return new WorkshopEvent(row.workshopId(), row.seq(), EventType.valueOf(row.type()), row.activityId(),
                    row.author(), name, row.clientId(), data, row.createdAt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
