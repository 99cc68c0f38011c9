package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Reminding units that have not handed in: a reminder is recorded (when, by whom), shown to the unit's contact on
 * their task list and on the round's progress, and mailed to the contact through the outbox in their language
 * ({@link ReminderMail}). A unit reminded today is not reminded again the same day, so a resent form changes
 * nothing and sends nothing.
 */
@Singleton
public class Reminders {

    static final String SUBMITTED = "relevance.error.remind-submitted";

    /** The reminder key of the one reminder before the deadline. */
    static final String DEADLINE = "deadline";

    private final RoundUnitRowRepository units;
    private final Rounds rounds;
    private final ReminderMail mail;
    private final RelevanceAudit audit;
    private final Clock clock;
    private final ZoneId zone;

    Reminders(RoundUnitRowRepository units, Rounds rounds, ReminderMail mail, RelevanceAudit audit, Clock clock,
              ZoneId zone) {
        this.units = units;
        this.rounds = rounds;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Reminds one unit of the round, or (unit null) every unit that has not handed in, mailing each one's contact
     * a link under {@code baseUrl}. Returns how many reminders were recorded now.
     */
    @Transactional
    public int remind(CurrentUser user, RoundRow round, @Nullable Long unitId, String baseUrl) {
        RoundClosing.requireOpen(round);
        List<RoundUnitRow> chosen = units.findByOrganisationIdAndRoundId(round.organisationId(), round.id()).stream()
                .filter(u -> unitId == null ? u.submittedAt() == null : u.unitId() == unitId).toList();
        if (unitId != null && chosen.isEmpty()) {
            throw new se.samrad.platform.NotFoundException("round unit");
        }
        if (unitId != null && chosen.getFirst().submittedAt() != null) {
            throw new RoundStateException(SUBMITTED);
        }
        Instant now = clock.instant();
        String day = LocalDate.ofInstant(now, zone).toString();
        java.util.Map<Long, Rounds.UnitProgress> progress = new java.util.HashMap<>();
        rounds.progress(round).forEach(p -> progress.put(p.row().unitId(), p));
        int recorded = 0;
        for (RoundUnitRow unit : chosen) {
            if (!remindedToday(unit, now)) {
                units.update(unit.reminded(now, user.accountId()));
                boolean mailed = mail.send(round, progress.get(unit.unitId()), day, baseUrl);
                audit.record(user, unit.organisationId(), unit.roundId(), AuditAction.RELEVANCE_REMINDER_SENT,
                        "unit:" + unit.unitId() + (mailed ? " e-mail" : ""));
                recorded++;
            }
        }
        return recorded;
    }

    /**
     * The reminder Samråd sends by itself before a round's deadline: each unit that has not handed in and has a
     * contact is mailed once per round (the outbox key names the round and the unit), recorded as reminded and
     * audited. Returns how many were mailed now.
     */
    @Transactional
    public int beforeDeadline(RoundRow round, String baseUrl) {
        Instant now = clock.instant();
        int mailed = 0;
        for (Rounds.UnitProgress unit : rounds.progress(round)) {
            if (unit.submitted() || !mail.send(round, unit, DEADLINE, baseUrl)) {
                continue;
            }
            units.update(unit.row().remindedBySamrad(now));
            audit.record(null, round.organisationId(), round.id(), AuditAction.RELEVANCE_REMINDER_SENT,
                    "unit:" + unit.row().unitId() + " e-mail " + DEADLINE);
            mailed++;
        }
        return mailed;
    }

    private boolean remindedToday(RoundUnitRow unit, Instant now) {
        return unit.remindedAt() != null
                && LocalDate.ofInstant(unit.remindedAt(), zone).equals(LocalDate.ofInstant(now, zone));
    }
}
