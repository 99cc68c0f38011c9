package se.samrad.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling MariaDB gives the dialogue's writes (issue 23): complete responses written straight into the
 * benchmark's database by a plain JDBC loop, with the rows the server writes for them (the response row with its
 * packed answers and groups, one addition per running total of the batch) and the batch size its writers use
 * under the benchmark's load (100 clients over 4 writers: about 25 responses per transaction), each thread on its
 * own shard of the totals, as each writer is; no HTTP, no validation, no queue. It is also how the dialogue is
 * filled to hundreds of thousands of responses before its results pages are timed.
 */
final class StorageFloor {

    /** Threads (the server's {@code samrad.dialogue.response-writers}, 4) and responses per transaction. */
    static final int THREADS = 4;
    static final int BATCH = 25;
    private static final int TALLY_SHARDS = 64;

    private final BenchDatabase database;
    private final long dialogueId;
    private final long versionId;
    private final String[] goalIds;
    private long written;

    private StorageFloor(BenchDatabase database, long dialogueId, long versionId, String[] goalIds) {
        this.database = database;
        this.dialogueId = dialogueId;
        this.versionId = versionId;
        this.goalIds = goalIds;
    }

    /**
     * The floor for the dialogue, after checking that the rows it writes for a response are the ones the server
     * stored for the same answers ({@code sample}, sent through the API before).
     */
    static StorageFloor forDialogue(BenchDatabase database, long dialogueId, String[] goalIds, BenchResponse sample)
            throws SQLException {
        try (Connection c = database.connect();
             PreparedStatement stored = c.prepareStatement("SELECT version_id, answers, lang, district, age_band,"
                     + " gender, home_lang FROM dialogue_response WHERE dialogue_id = ? AND client_key = ?")) {
            stored.setLong(1, dialogueId);
            stored.setString(2, sample.clientId());
            try (ResultSet rs = stored.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the sample response " + sample.clientId() + " is not stored");
                }
                String server = String.join("|", rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7));
                String floor = String.join("|", sample.packed(), sample.lang(), sample.district(), sample.age(),
                        sample.gender(), BenchResponse.HOME_LANGUAGE);
                if (!server.equals(floor)) {
                    throw new IllegalStateException("the floor's rows differ from the server's:\n  server " + server
                            + "\n  floor  " + floor);
                }
                return new StorageFloor(database, dialogueId, rs.getLong(1), goalIds);
            }
        }
    }

    /** Writes {@code count} more responses (client ids {@code floor-<n>}) and returns the responses per second. */
    double write(long count) throws Exception {
        AtomicLong next = new AtomicLong(written);
        long end = written + count;
        written = end;
        long started = System.nanoTime();
        try (ExecutorService threads = Executors.newFixedThreadPool(THREADS)) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int shard = t;
                running.add(threads.submit(() -> {
                    try (Connection c = database.connect()) {
                        c.setAutoCommit(false);
                        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                        for (long from = next.getAndAdd(BATCH); from < end; from = next.getAndAdd(BATCH)) {
                            writeBatch(c, from, Math.min(end, from + BATCH), shard);
                            c.commit();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }

    private void writeBatch(Connection c, long from, long to, int shard) throws SQLException {
        int size = (int) (to - from);
        StringBuilder sql = new StringBuilder("INSERT INTO dialogue_response (dialogue_id, version_id, client_key,"
                + " lang, state, started_at, updated_at, submitted_at, district, age_band, gender, home_lang, answers)"
                + " VALUES ");
        for (int i = 0; i < size; i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,'SUBMITTED',?,?,?,?,?,?,?,?)");
        }
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, int[]> extremes = new TreeMap<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (long n = from; n < to; n++) {
                BenchResponse r = BenchResponse.of(n, goalIds);
                insert.setLong(p++, dialogueId);
                insert.setLong(p++, versionId);
                insert.setString(p++, "floor-" + n);
                insert.setString(p++, r.lang());
                insert.setTimestamp(p++, now);
                insert.setTimestamp(p++, now);
                insert.setTimestamp(p++, now);
                insert.setString(p++, r.district());
                insert.setString(p++, r.age());
                insert.setString(p++, r.gender());
                insert.setString(p++, BenchResponse.HOME_LANGUAGE);
                insert.setString(p++, r.packed());
                add(counts, extremes, "", null, 0, null);
                for (BenchResponse.Row row : r.rows()) {
                    add(counts, extremes, row.question(), row.option(), row.seq(), row.number());
                }
            }
            insert.executeUpdate();
        }
        addToTotals(c, counts, extremes, shard);
    }

    /** Adds one row to the batch's sums per total (the responses' own total is question and option ''). */
    private static void add(Map<String, long[]> counts, Map<String, int[]> extremes, String question, String option,
                            int seq, Integer number) {
        String key = question + "\u0000" + (option == null ? "" : option);
        long[] sum = counts.computeIfAbsent(key, k -> new long[3]);
        sum[0]++;
        sum[1] += seq == 0 ? 1 : 0;
        if (number != null) {
            sum[2] += number;
            int[] range = extremes.computeIfAbsent(key, k -> new int[] {number, number});
            range[0] = Math.min(range[0], number);
            range[1] = Math.max(range[1], number);
        }
    }

    private void addToTotals(Connection c, Map<String, long[]> counts, Map<String, int[]> extremes, int shard)
            throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO dialogue_tally (dialogue_id, question_key, option_key,"
                + " shard, answers, respondents, total, min_value, max_value) VALUES ");
        for (int i = 0; i < counts.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?)");
        }
        sql.append(" ON DUPLICATE KEY UPDATE answers = answers + VALUES(answers), respondents = respondents"
                + " + VALUES(respondents), total = total + VALUES(total), min_value = LEAST(COALESCE(min_value,"
                + " VALUES(min_value)), COALESCE(VALUES(min_value), min_value)), max_value = GREATEST("
                + "COALESCE(max_value, VALUES(max_value)), COALESCE(VALUES(max_value), max_value))");
        try (PreparedStatement upsert = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (Map.Entry<String, long[]> total : counts.entrySet()) {
                String[] key = total.getKey().split("\u0000", -1);
                int[] range = extremes.get(total.getKey());
                upsert.setLong(p++, dialogueId);
                upsert.setString(p++, key[0]);
                upsert.setString(p++, key[1]);
                upsert.setInt(p++, shard % TALLY_SHARDS);
                upsert.setLong(p++, total.getValue()[0]);
                upsert.setLong(p++, total.getValue()[1]);
                upsert.setDouble(p++, total.getValue()[2]);
                upsert.setObject(p++, range == null ? null : (double) range[0]);
                upsert.setObject(p++, range == null ? null : (double) range[1]);
            }
            upsert.executeUpdate();
        }
    }
}
