package se.samrad.dialogue;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import se.samrad.platform.db.Jdbc;
import se.samrad.platform.db.ShortCache;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A view's counts. Everyone's are the running totals ({@link TallyStore}). A filtered view's are read from the
 * matching responses (a scan: MariaDB reads most of the dialogue's rows for a group as large as a district) and
 * kept for the next view while the dialogue has as many submitted responses as before. A submitted response
 * never changes and is never deleted on its own (only with its dialogue), so an unchanged number means unchanged
 * counts, on any server; the number is read before the scan, so a response submitted meanwhile only makes the
 * next view read again.
 */
@Singleton
class ResultCounts {

    /** How long the counts of a filtered view are kept for its next viewer (they stay true while nothing is added). */
    private static final Duration FILTERED_KEPT = Duration.ofHours(1);

    /** A filtered view's counts, for the dialogue with so many submitted responses. */
    private record Filtered(long dialogueId, ResultFilter filter, long submitted) {
    }

    private final TallyStore tally;
    private final ConnectionOperations<Connection> connections;
    private final ShortCache<Filtered, Counts> filtered;

    ResultCounts(TallyStore tally, ConnectionOperations<Connection> connections, Clock clock) {
        this.tally = tally;
        this.connections = connections;
        this.filtered = new ShortCache<>(clock, FILTERED_KEPT, 1_000);
    }

    Counts counts(long dialogueId, ResultFilter filter) {
        long submitted = tally.submitted(dialogueId);
        if (filter.isAll()) {
            return new Counts(tally.totals(dialogueId), submitted);
        }
        return filtered.get(new Filtered(dialogueId, filter, submitted), () -> scan(dialogueId, filter));
    }

    List<Tally> tally(long dialogueId, ResultFilter filter) {
        return filter.isAll() ? tally.totals(dialogueId) : counts(dialogueId, filter).tallies();
    }

    /** Submitted responses matching the filter. */
    long respondents(long dialogueId, ResultFilter filter) {
        return filter.isAll() ? tally.submitted(dialogueId) : counts(dialogueId, filter).respondents();
    }

    /** Counts from the answers of the submitted responses that match the filter, read afresh (not kept). */
    List<Tally> countAnswers(long dialogueId, ResultFilter filter) {
        return scan(dialogueId, filter).tallies();
    }

    /**
     * Counts from the answers packed on the submitted responses that match the filter (their groups and language
     * are on the response row, under an index), read one after another and added up here.
     */
    private Counts scan(long dialogueId, ResultFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT answers FROM dialogue_response WHERE dialogue_id = ? AND state = ?");
        List<Object> args = new ArrayList<>(List.of(dialogueId, StoredResponse.SUBMITTED));
        filter.conditions().forEach((column, value) -> {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value);
        });
        Map<TallyIncrement.Key, TallyIncrement> totals = new TreeMap<>();
        long[] respondents = {0};
        Jdbc.read(connections, c -> {
            Jdbc.forEach(c, sql.toString(), rs -> {
                respondents[0]++;
                for (AnswerRow row : PackedAnswers.unpack(rs.getString(1))) {
                    TallyIncrement.of(dialogueId, row).addTo(totals);
                }
            }, args.toArray());
            return null;
        });
        return new Counts(totals.values().stream().map(TallyIncrement::toTally).toList(), respondents[0]);
    }
}
