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
 * Reminding units that have not handed in. There is no mail sender yet: a reminder is recorded (when, by whom)
 * and shown to the unit's contact on their task list and on the round's progress. A unit reminded today is not
 * reminded again the same day, so a resent form changes nothing.
 */
@Singleton
public class Reminders {

    static final String SUBMITTED = "relevance.error.remind-submitted";

    private final RoundUnitRowRepository units;
    private final RelevanceAudit audit;
    private final Clock clock;
    private final ZoneId zone;

    Reminders(RoundUnitRowRepository units, RelevanceAudit audit, Clock clock, ZoneId zone) {
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Reminds one unit of the round, or (unit null) every unit that has not handed in. Returns how many
     * reminders were recorded now.
     */
    @Transactional
    public int remind(CurrentUser user, RoundRow round, @Nullable Long unitId) {
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
        int recorded = 0;
        for (RoundUnitRow unit : chosen) {
            if (!remindedToday(unit, now)) {
                units.update(unit.reminded(now, user.accountId()));
                audit.unit(user, unit, AuditAction.RELEVANCE_REMINDER_SENT);
                recorded++;
            }
        }
        return recorded;
    }

    private boolean remindedToday(RoundUnitRow unit, Instant now) {
        return unit.remindedAt() != null
                && LocalDate.ofInstant(unit.remindedAt(), zone).equals(LocalDate.ofInstant(now, zone));
    }
}
