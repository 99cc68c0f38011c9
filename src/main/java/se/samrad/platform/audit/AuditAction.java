package se.samrad.platform.audit;

/** What the audit log records. The message key {@code audit.action.<name>} describes each. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    SIGN_OUT,
    INVITATION_CREATED,
    INVITATION_REVOKED,
    INVITATION_ACCEPTED,
    ROLES_CHANGED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_REACTIVATED,
    ACCOUNT_ERASED,
    PASSWORD_CHANGED,
    ORGANISATION_CREATED,
    UNIT_CREATED,
    UNIT_CHANGED,
    UNIT_DELETED,
    NETWORK_CREATED,
    NETWORK_MEMBER_ADDED,
    NETWORK_MEMBER_REMOVED,
    PLATFORM_ADMIN_CREATED
}
