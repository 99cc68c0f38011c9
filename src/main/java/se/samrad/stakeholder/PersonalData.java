package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contact person's rights (GDPR, issue 17): everything held about them exported, and erasure, which empties every
 * personal field, removes their roles and the documents that concern them, takes their name out of the summaries of
 * their timeline entries and keeps the anonymous rows so timelines and agreements keep their shape. Both are for organisation admins and audited
 * without naming the person.
 */
@Singleton
public class PersonalData {

    /** What stands in a summary where the erased person's name stood. */
    static final String ERASED = "[…]";

    /** Everything held about one person. */
    public record Export(ContactRow contact, List<ContactRegister.Role> roles, List<Engagements.Entry> engagements,
                         List<Document> documents) {
    }

    private final ContactRowRepository contacts;
    private final AffiliationRowRepository affiliations;
    private final EngagementRowRepository engagements;
    private final ContactRegister register;
    private final Engagements timelines;
    private final StakeholderPermissions permissions;
    private final AuditLog audit;
    private final Invitations invitations;
    private final StakeholderDocuments documents;
    private final Clock clock;

    PersonalData(ContactRowRepository contacts, AffiliationRowRepository affiliations,
                 EngagementRowRepository engagements, ContactRegister register, Engagements timelines,
                 StakeholderPermissions permissions, AuditLog audit, Invitations invitations,
                 StakeholderDocuments documents, Clock clock) {
        this.documents = documents;
        this.contacts = contacts;
        this.affiliations = affiliations;
        this.engagements = engagements;
        this.register = register;
        this.timelines = timelines;
        this.permissions = permissions;
        this.audit = audit;
        this.invitations = invitations;
        this.clock = clock;
    }

    public Export export(CurrentUser user, long contactId) {
        long organisationId = permissions.requirePersonalData(user);
        ContactRow contact = register.find(organisationId, contactId);
        Export export = new Export(contact, register.rolesOf(user, contactId), timelines.ofContact(user, contactId),
                documents.ofContact(organisationId, contactId));
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_CONTACT_EXPORTED, ContactRegister.ref(contactId),
                "");
        return export;
    }

    /** Erases the person at the user's request. */
    @Transactional
    public void erase(CurrentUser user, long contactId) {
        long organisationId = permissions.requirePersonalData(user);
        erase(organisationId, register.find(organisationId, contactId), user);
    }

    /** Erases a contact of the organisation, no rights checked: {@code user} null when the retention job does it. */
    @Transactional
    public void erase(long organisationId, ContactRow contact, @Nullable CurrentUser user) {
        Pattern name = contact.name().isBlank() ? null
                : Pattern.compile(Pattern.quote(contact.name()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (EngagementRow row : engagements.ofContact(organisationId, contact.id())) {
            if (name != null && name.matcher(row.summary()).find()) {
                engagements.updateSummary(row.id(), name.matcher(row.summary())
                        .replaceAll(Matcher.quoteReplacement(ERASED)));
            }
        }
        affiliations.deleteByOrganisationIdAndContactId(organisationId, contact.id());
        invitations.forget(organisationId, contact.id());
        documents.forget(organisationId, contact.id());
        contacts.erase(contact.id(), organisationId, clock.instant());
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_CONTACT_ERASED, ContactRegister.ref(contact.id()),
                user == null ? "retention" : "");
    }
}
