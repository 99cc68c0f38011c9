package se.samrad.stakeholder;

import jakarta.inject.Singleton;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;

import java.util.ArrayList;
import java.util.List;

/**
 * The register as tables for export: organisations (the same columns the import reads, so a file goes round),
 * every organisation's engagements (without the people they name), and contacts (admins only, audited).
 */
@Singleton
class RegisterTables {

    /** The organisation columns, in the order the export writes them and the names the import reads. */
    static final List<String> ORGANISATION_COLUMNS = List.of("name", "kind", "internal", "org_number", "address",
            "web", "description");
    static final List<String> ENGAGEMENT_COLUMNS = List.of("organisation", "org_number", "kind", "occurred_on",
            "summary", "staff", "issue", "agreement_kind", "expires_on", "follow_up_on", "followed_up_on");
    static final List<String> CONTACT_COLUMNS = List.of("name", "email", "phone", "lawful_basis",
            "consent_given_on", "consent_how", "consent_withdrawn_on", "organisations");

    /** A table: its name (the file's and the sheet's), header and rows. */
    record Table(String name, List<String> header, List<List<String>> rows) {
    }

    private final StakeholderRegister register;
    private final Engagements engagements;
    private final ContactRegister contacts;
    private final StakeholderPermissions permissions;
    private final AuditLog audit;

    RegisterTables(StakeholderRegister register, Engagements engagements, ContactRegister contacts,
                   StakeholderPermissions permissions, AuditLog audit) {
        this.register = register;
        this.engagements = engagements;
        this.contacts = contacts;
        this.permissions = permissions;
        this.audit = audit;
    }

    Table organisations(CurrentUser user) {
        List<List<String>> rows = register.list(user).stream().map(s -> List.of(s.name(), s.kind().name(),
                Boolean.toString(s.internal()), s.orgNumberText(), s.address(), s.web(), s.description())).toList();
        return exported(user, new Table("organisations", ORGANISATION_COLUMNS, rows));
    }

    Table engagements(CurrentUser user) {
        List<List<String>> rows = new ArrayList<>();
        for (StakeholderRow s : register.list(user)) {
            for (Engagements.Entry e : engagements.ofStakeholder(user, s.id())) {
                EngagementRow r = e.row();
                rows.add(List.of(s.name(), s.orgNumberText(), r.kind().name(), r.occurredOnText(), r.summary(),
                        r.staff(), r.issueRef() == null ? "" : r.issueKind() + " " + r.issueRef(),
                        r.agreementKind() == null ? "" : r.agreementKind().name(), r.expiresOnText(),
                        r.followUpOnText(), r.followedUpOnText()));
            }
        }
        return exported(user, new Table("engagements", ENGAGEMENT_COLUMNS, rows));
    }

    Table contacts(CurrentUser user) {
        permissions.requirePersonalData(user);
        List<List<String>> rows = contacts.list(user).stream().map(c -> List.of(c.name(), c.email(), c.phone(),
                c.lawfulBasis().name(), c.consentGivenOnText(), c.consentHow(), c.consentWithdrawnOnText(),
                String.join("; ", contacts.rolesOf(user, c.id()).stream().map(r -> r.stakeholder().name()).toList())))
                .toList();
        return exported(user, new Table("contacts", CONTACT_COLUMNS, rows));
    }

    private Table exported(CurrentUser user, Table table) {
        audit.record(permissions.requireRead(user), user, AuditAction.STAKEHOLDER_EXPORTED, "stakeholder-register",
                table.name() + " " + table.rows().size());
        return table;
    }
}
