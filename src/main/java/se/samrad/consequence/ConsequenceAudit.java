package se.samrad.consequence;

import jakarta.inject.Singleton;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;

/** The consequence assessment's entries in the audit log, each naming the case ({@code consequence-case:<id>}). */
@Singleton
class ConsequenceAudit {

    private final AuditLog log;

    ConsequenceAudit(AuditLog log) {
        this.log = log;
    }

    void record(CurrentUser user, CaseRow kase, AuditAction action, String detail) {
        log.record(kase.organisationId(), user, action, "consequence-case:" + kase.id(), detail);
    }
}
