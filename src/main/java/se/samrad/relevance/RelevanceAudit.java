package se.samrad.relevance;

import jakarta.inject.Singleton;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;

/** The relevance assessment's entries in the audit log, each naming the round it concerns. */
@Singleton
class RelevanceAudit {

    private final AuditLog log;

    RelevanceAudit(AuditLog log) {
        this.log = log;
    }

    void round(CurrentUser user, RoundRow round, AuditAction action) {
        record(user, round.organisationId(), round.id(), action, "");
    }

    void unit(CurrentUser user, RoundUnitRow unit, AuditAction action) {
        record(user, unit.organisationId(), unit.roundId(), action, "unit:" + unit.unitId());
    }

    /** {@code user} null: done by Samråd itself (a reminder before the deadline). */
    void record(@io.micronaut.core.annotation.Nullable CurrentUser user, long organisationId, long roundId,
                AuditAction action, String detail) {
        log.record(organisationId, user, action, ref(roundId), detail);
    }

    static String ref(long roundId) {
        return "relevance-round:" + roundId;
    }
}
