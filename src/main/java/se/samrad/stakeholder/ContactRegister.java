package se.samrad.stakeholder;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Contact persons and their roles at stakeholder organisations. This is personal data: only organisation admins
 * reach it, and opening a contact is audited (the log names the record, not the person).
 */
@Singleton
public class ContactRegister {

    /** A role as a contact's page shows it (with the organisation) or an organisation's page (with the person). */
    public record Role(AffiliationRow row, StakeholderRow stakeholder, ContactRow contact) {
    }

    private final ContactRowRepository contacts;
    private final AffiliationRowRepository affiliations;
    private final StakeholderRegister stakeholders;
    private final StakeholderPermissions permissions;
    private final AuditLog audit;
    private final Clock clock;

    ContactRegister(ContactRowRepository contacts, AffiliationRowRepository affiliations,
                    StakeholderRegister stakeholders, StakeholderPermissions permissions, AuditLog audit,
                    Clock clock) {
        this.contacts = contacts;
        this.affiliations = affiliations;
        this.stakeholders = stakeholders;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ContactRow> list(CurrentUser user) {
        return contacts.findByOrganisationIdAndErasedAtIsNullOrderByName(permissions.requirePersonalData(user));
    }

    /** One contact, for reading: the viewing is audited. */
    public ContactRow view(CurrentUser user, long id) {
        long organisationId = permissions.requirePersonalData(user);
        ContactRow row = find(organisationId, id);
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_CONTACT_VIEWED, ref(id), "");
        return row;
    }

    /** One contact, for its edit form (not audited as a view: the form is the same person's data being changed). */
    public ContactRow editable(CurrentUser user, long id) {
        return find(permissions.requirePersonalData(user), id);
    }

    ContactRow find(long organisationId, long id) {
        return contacts.findByIdAndOrganisationId(id, organisationId).filter(c -> !c.erased())
                .orElseThrow(() -> new NotFoundException("contact"));
    }

    @Transactional
    public ContactRow create(CurrentUser user, ContactCommand command) {
        long organisationId = permissions.requirePersonalData(user);
        Instant now = clock.instant();
        ContactRow row = contacts.save(new ContactRow(null, organisationId, command.name(), command.email(),
                command.phone(), command.lawfulBasis(), consentDate(command), consentHow(command), null,
                command.notes(), null, now, now, null));
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_CONTACT_CREATED, ref(row.id()), "");
        return row;
    }

    @Transactional
    public void update(CurrentUser user, long id, ContactCommand command) {
        long organisationId = permissions.requirePersonalData(user);
        find(organisationId, id);
        contacts.update(id, command.name(), command.email(), command.phone(), command.lawfulBasis(),
                consentDate(command), consentHow(command), command.notes(), clock.instant());
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_CONTACT_CHANGED, ref(id), "");
    }

    /** Records that the person withdrew consent today; refused when consent is not the basis or already withdrawn. */
    @Transactional
    public void withdrawConsent(CurrentUser user, long id) {
        long organisationId = permissions.requirePersonalData(user);
        ContactRow row = find(organisationId, id);
        if (row.lawfulBasis() != LawfulBasis.CONSENT || row.consentWithdrawn()) {
            throw new InvalidRequestException("stakeholder.error.no-consent");
        }
        contacts.updateConsentWithdrawnOn(id, LocalDate.now(clock), clock.instant());
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_CONSENT_WITHDRAWN, ref(id), "");
    }

    public List<Role> rolesOf(CurrentUser user, long contactId) {
        long organisationId = permissions.requirePersonalData(user);
        ContactRow contact = find(organisationId, contactId);
        List<AffiliationRow> rows = affiliations.findByOrganisationIdAndContactIdOrderByStartsOn(organisationId,
                contactId);
        Map<Long, StakeholderRow> orgs = stakeholders.byId(organisationId,
                rows.stream().map(AffiliationRow::stakeholderId).toList());
        return rows.stream().map(r -> new Role(r, orgs.get(r.stakeholderId()), contact)).toList();
    }

    /** The people at an organisation (erased ones left out). */
    public List<Role> peopleAt(CurrentUser user, long stakeholderId) {
        long organisationId = permissions.requirePersonalData(user);
        StakeholderRow stakeholder = stakeholders.find(organisationId, stakeholderId);
        List<AffiliationRow> rows = affiliations.findByOrganisationIdAndStakeholderIdOrderByStartsOn(organisationId,
                stakeholderId);
        Map<Long, ContactRow> people = rows.isEmpty() ? Map.of()
                : contacts.findByOrganisationIdAndIdIn(organisationId,
                        rows.stream().map(AffiliationRow::contactId).toList()).stream()
                .filter(c -> !c.erased()).collect(Collectors.toMap(ContactRow::id, Function.identity()));
        return rows.stream().filter(r -> people.containsKey(r.contactId()))
                .map(r -> new Role(r, stakeholder, people.get(r.contactId()))).toList();
    }

    @Transactional
    public void addRole(CurrentUser user, long contactId, PeriodCommand command) {
        long organisationId = permissions.requirePersonalData(user);
        find(organisationId, contactId);
        StakeholderRow stakeholder;
        try {
            stakeholder = stakeholders.find(organisationId, command.other());
        } catch (NotFoundException e) {
            throw new InvalidRequestException("form.error.choose");
        }
        affiliations.save(new AffiliationRow(null, organisationId, contactId, stakeholder.id(), command.label(),
                command.start(), command.end()));
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_AFFILIATION_ADDED, ref(contactId),
                StakeholderRegister.ref(stakeholder.id()));
    }

    /** Removes a role; answers the contact it belonged to. */
    @Transactional
    public long removeRole(CurrentUser user, long affiliationId) {
        long organisationId = permissions.requirePersonalData(user);
        AffiliationRow row = affiliations.findByIdAndOrganisationId(affiliationId, organisationId)
                .orElseThrow(() -> new NotFoundException("affiliation"));
        affiliations.delete(row);
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_AFFILIATION_REMOVED, ref(row.contactId()),
                StakeholderRegister.ref(row.stakeholderId()));
        return row.contactId();
    }

    static LocalDate consentDate(ContactCommand command) {
        return command.lawfulBasis() == LawfulBasis.CONSENT ? Dates.parse(command.consentGivenOn()) : null;
    }

    static String consentHow(ContactCommand command) {
        return command.lawfulBasis() == LawfulBasis.CONSENT ? command.consentHow() : "";
    }

    static String ref(long id) {
        return "stakeholder-contact:" + id;
    }
}
