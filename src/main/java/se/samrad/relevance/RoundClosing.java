package se.samrad.relevance;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Closing a round (after its deadline, or once every unit has handed in) and reopening it. A closed round takes
 * no more answers or hand-ins from the units; the analysis group still decides and publishes.
 */
@Singleton
public class RoundClosing {

    static final String CLOSED = "relevance.error.closed";
    static final String TOO_EARLY = "relevance.error.close-early";

    private final Rounds rounds;
    private final RoundRowRepository rows;
    private final RelevanceAudit audit;
    private final Clock clock;
    private final ZoneId zone;

    RoundClosing(Rounds rounds, RoundRowRepository rows, RelevanceAudit audit, Clock clock, ZoneId zone) {
        this.rounds = rounds;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /** Refuses any change from a unit once the round is closed. */
    static void requireOpen(RoundRow round) {
        if (round.closed()) {
            throw new RoundStateException(CLOSED);
        }
    }

    /** Whether the round may be closed now: its deadline has passed, or every unit has handed in. */
    boolean mayClose(RoundRow round) {
        return LocalDate.now(clock.withZone(zone)).isAfter(round.deadline())
                || rounds.progress(round).stream().allMatch(Rounds.UnitProgress::submitted);
    }

    /** Closes the round; closing a closed round changes nothing. */
    @Transactional
    public RoundRow close(CurrentUser user, RoundRow round) {
        if (round.closed()) {
            return round;
        }
        if (!mayClose(round)) {
            throw new RoundStateException(TOO_EARLY);
        }
        audit.round(user, round, AuditAction.RELEVANCE_ROUND_CLOSED);
        return rows.update(round.withClosed(true));
    }

    /** Reopens a closed round; reopening an open one changes nothing. */
    @Transactional
    public RoundRow reopen(CurrentUser user, RoundRow round) {
        if (!round.closed()) {
            return round;
        }
        audit.round(user, round, AuditAction.RELEVANCE_ROUND_REOPENED);
        return rows.update(round.withClosed(false));
    }
}
