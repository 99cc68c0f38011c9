package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.upload.Uploads;

import java.time.Clock;
import java.util.List;

/**
 * Documents of the register (issue 17): a signed agreement, a letter of intent or a protocol, attached to a
 * stakeholder organisation and perhaps to one of its timeline entries. Files are checked by the platform's
 * {@link Uploads} (PDF or image by their first bytes, {@link #MAX_BYTES}, a clean name). Staff who edit the register
 * add and remove them and everyone who reads it downloads them; a document on an entry that names a person concerns
 * that person, so only admins attach, see or download it (each download audited), it is in the person's export and
 * it goes when they are erased.
 */
@Singleton
public class StakeholderDocuments {

    public static final int MAX_BYTES = 8 * 1024 * 1024;
    static final int MAX_PER_STAKEHOLDER = 50;
    static final String SIZE_KEY = "stakeholder.error.document-size";
    static final Uploads.Rules RULES = new Uploads.Rules(MAX_BYTES, "stakeholder.error.document-empty", SIZE_KEY,
            "stakeholder.error.document-type", "document");

    private final DocumentRowRepository documents;
    private final EngagementRowRepository engagements;
    private final StakeholderRegister register;
    private final StakeholderPermissions permissions;
    private final AuditLog audit;
    private final Clock clock;

    StakeholderDocuments(DocumentRowRepository documents, EngagementRowRepository engagements,
                         StakeholderRegister register, StakeholderPermissions permissions, AuditLog audit,
                         Clock clock) {
        this.documents = documents;
        this.engagements = engagements;
        this.register = register;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks an upload against the register's rules (an {@link InvalidRequestException} with the form's key). */
    public static Uploads.Checked check(@Nullable String fileName, byte[] content) {
        return Uploads.check(RULES, fileName, content);
    }

    /** Attaches a checked file to the organisation, and to one of its entries when {@code engagementId} is set. */
    @Transactional
    public Document add(CurrentUser user, long stakeholderId, DocumentKind kind, @Nullable Long engagementId,
                        Uploads.Checked file) {
        long organisationId = permissions.requireEdit(user);
        register.find(organisationId, stakeholderId);
        Long contactId = null;
        if (engagementId != null) {
            EngagementRow entry = engagements.findByIdAndOrganisationId(engagementId, organisationId)
                    .filter(e -> e.stakeholderId() != null && e.stakeholderId() == stakeholderId)
                    .orElseThrow(() -> new InvalidRequestException("form.error.choose"));
            if (entry.contactId() != null && !permissions.canHandlePersonalData(user)) {
                throw new InvalidRequestException("form.error.choose");
            }
            contactId = entry.contactId();
        }
        if (documents.countByOrganisationIdAndStakeholderId(organisationId, stakeholderId) >= MAX_PER_STAKEHOLDER) {
            throw new InvalidRequestException("stakeholder.error.document-count");
        }
        DocumentRow row = documents.save(new DocumentRow(null, organisationId, stakeholderId, engagementId, contactId,
                kind, file.fileName(), file.contentType(), file.content().length, file.content(), user.accountId(),
                clock.instant()));
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_DOCUMENT_ADDED, StakeholderRegister.ref(stakeholderId),
                kind.name());
        return view(row);
    }

    /** An organisation's documents, newest first; those concerning a person for admins only. */
    public List<Document> of(CurrentUser user, long stakeholderId) {
        long organisationId = permissions.requireRead(user);
        register.find(organisationId, stakeholderId);
        boolean personal = permissions.canHandlePersonalData(user);
        return documents.ofStakeholder(organisationId, stakeholderId).stream()
                .filter(d -> personal || d.contactId() == null).toList();
    }

    /** A document with its bytes, for a download. */
    public DocumentRow download(CurrentUser user, long id) {
        long organisationId = permissions.requireRead(user);
        DocumentRow row = documents.findByIdAndOrganisationId(id, organisationId)
                .orElseThrow(() -> new NotFoundException("document"));
        if (row.contactId() != null) {
            permissions.requirePersonalData(user);
            audit.record(organisationId, user, AuditAction.STAKEHOLDER_DOCUMENT_VIEWED, ref(id), "");
        }
        return row;
    }

    /** Removes a document; answers the organisation it was attached to. */
    @Transactional
    public long remove(CurrentUser user, long id) {
        long organisationId = permissions.requireEdit(user);
        DocumentRow row = documents.findByIdAndOrganisationId(id, organisationId)
                .orElseThrow(() -> new NotFoundException("document"));
        if (row.contactId() != null) {
            permissions.requirePersonalData(user);
        }
        documents.deleteByIdAndOrganisationId(id, organisationId);
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_DOCUMENT_REMOVED,
                StakeholderRegister.ref(row.stakeholderId()), row.kind().name());
        return row.stakeholderId();
    }

    /** The documents that concern a person, for their export (rights checked by the caller). */
    List<Document> ofContact(long organisationId, long contactId) {
        return documents.ofContact(organisationId, contactId);
    }

    /** Deletes the documents that concern a person, when they are erased. */
    void forget(long organisationId, long contactId) {
        documents.deleteByOrganisationIdAndContactId(organisationId, contactId);
    }

    static String ref(long id) {
        return "stakeholder-document:" + id;
    }

    private static Document view(DocumentRow row) {
        return new Document(row.id(), row.stakeholderId(), row.engagementId(), row.contactId(), row.kind(),
                row.fileName(), row.contentType(), row.sizeBytes(), row.createdAt());
    }
}
