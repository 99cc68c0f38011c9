package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.organisation.NetworkService;
import se.samrad.platform.security.CurrentUser;

import java.util.List;

/**
 * The good-practice library (goda exempel): staff write examples for their organisation, submit them, and a
 * reviewer (the organisation's admin, or a network coordinator for examples shared in the network) publishes
 * them or sends them back with a note. Every change is kept in the example's history, audited, and handed to
 * the search index once it is committed.
 */
@Singleton
public class Library {

    private final ExampleStore store;
    private final LibraryAccess access;
    private final NetworkService networks;
    private final LibraryIndexer indexer;
    private final AuditLog audit;
    private final AttachmentTexts texts;

    Library(ExampleStore store, LibraryAccess access, NetworkService networks, LibraryIndexer indexer, AuditLog audit,
            AttachmentTexts texts) {
        this.store = store;
        this.access = access;
        this.networks = networks;
        this.indexer = indexer;
        this.audit = audit;
        this.texts = texts;
    }

    public LibraryAccess access() {
        return access;
    }

    /** Creates a draft for the user's organisation. */
    public Example create(CurrentUser user, ExampleDraft draft) {
        long organisationId = requireContributor(user);
        check(user, draft);
        Example example = store.create(user, organisationId, draft);
        audit.record(organisationId, user, AuditAction.LIBRARY_EXAMPLE_CREATED, ref(example), example.title());
        return example;
    }

    public Example update(CurrentUser user, long id, ExampleDraft draft) {
        ExampleRow row = editable(user, id);
        check(user, draft);
        Example example = store.update(user, row, draft);
        audit.record(row.organisationId(), user, AuditAction.LIBRARY_EXAMPLE_CHANGED, ref(example), example.title());
        if (example.isPublished() && !access.canReview(user, example)) {
            // A published example changed by someone who could not have published it goes back to review.
            example = store.changeStatus(user, store.row(id).orElseThrow(), ExampleStatus.SUBMITTED, "", "SUBMITTED");
        }
        indexer.changed(id);
        return example;
    }

    /**
     * A draft goes to review. (An edit of a published example by someone who may not review it also sends it back
     * to review, see {@link #update}.)
     */
    public Example submit(CurrentUser user, long id) {
        ExampleRow row = editable(user, id);
        if (row.status() != ExampleStatus.DRAFT) {
            throw new InvalidRequestException("library.error.not-draft");
        }
        Example example = store.changeStatus(user, row, ExampleStatus.SUBMITTED, "", "SUBMITTED");
        audit.record(row.organisationId(), user, AuditAction.LIBRARY_EXAMPLE_SUBMITTED, ref(example), example.title());
        return example;
    }

    /** A reviewer publishes a submitted example (or the organisation's admin its own draft directly). */
    public Example publish(CurrentUser user, long id, String note) {
        Example current = visible(user, id);
        if (!access.canReview(user, current)) {
            throw forbidden();
        }
        if (current.status() == ExampleStatus.PUBLISHED) {
            throw new InvalidRequestException("library.error.already-published");
        }
        Example example = store.changeStatus(user, store.row(id).orElseThrow(), ExampleStatus.PUBLISHED, note,
                "PUBLISHED");
        audit.record(example.organisationId(), user, AuditAction.LIBRARY_EXAMPLE_PUBLISHED, ref(example), note);
        indexer.changed(id);
        return example;
    }

    /** A reviewer sends a submitted example back to its authors with a note. */
    public Example returnToDraft(CurrentUser user, long id, String note) {
        Example current = visible(user, id);
        if (!access.canReview(user, current)) {
            throw forbidden();
        }
        if (current.status() != ExampleStatus.SUBMITTED) {
            throw new InvalidRequestException("library.error.not-submitted");
        }
        if (note.isBlank()) {
            throw new InvalidRequestException("library.error.note-required");
        }
        Example example = store.changeStatus(user, store.row(id).orElseThrow(), ExampleStatus.DRAFT, note, "RETURNED");
        audit.record(example.organisationId(), user, AuditAction.LIBRARY_EXAMPLE_RETURNED, ref(example), note);
        return example;
    }

    /** Takes a published example out of the library (back to draft): its authors or a reviewer. */
    public Example unpublish(CurrentUser user, long id) {
        Example current = visible(user, id);
        if (!access.canEdit(user, current) && !access.canReview(user, current)) {
            throw forbidden();
        }
        if (current.status() != ExampleStatus.PUBLISHED) {
            throw new InvalidRequestException("library.error.not-published");
        }
        Example example = store.changeStatus(user, store.row(id).orElseThrow(), ExampleStatus.DRAFT, "", "UNPUBLISHED");
        audit.record(example.organisationId(), user, AuditAction.LIBRARY_EXAMPLE_UNPUBLISHED, ref(example), "");
        indexer.changed(id);
        return example;
    }

    public void delete(CurrentUser user, long id) {
        ExampleRow row = editable(user, id);
        Example example = store.find(id).orElseThrow();
        store.delete(row);
        audit.record(row.organisationId(), user, AuditAction.LIBRARY_EXAMPLE_DELETED, ref(example), example.title());
        indexer.changed(id);
    }

    /** An example the user (null: an anonymous visitor) may read; 404 otherwise, whether it exists or not. */
    public Example visible(@Nullable CurrentUser user, long id) {
        Example example = store.find(id).orElseThrow(() -> new NotFoundException("example"));
        if (!access.canSee(user, example)) {
            throw new NotFoundException("example");
        }
        return example;
    }

    /** An example the user may edit. */
    public Example editableExample(CurrentUser user, long id) {
        editable(user, id);
        return store.find(id).orElseThrow();
    }

    /** The user's organisation's examples, newest change first, in every state. */
    public List<Example> mine(CurrentUser user) {
        return store.ofOrganisation(user.requireOrganisation());
    }

    /** Submitted examples the user may review, oldest first. */
    public List<Example> reviewQueue(CurrentUser user) {
        return store.withStatus(ExampleStatus.SUBMITTED).stream().filter(e -> access.canReview(user, e)).toList();
    }

    /** The example's history, for its own organisation's staff and its reviewers. */
    public List<RevisionRow> history(CurrentUser user, long id) {
        Example example = visible(user, id);
        if (!access.canEdit(user, example) && !access.canReview(user, example)) {
            throw forbidden();
        }
        return store.history(id);
    }

    /**
     * Stores an attachment and acknowledges it; a PDF's text is extracted afterwards and the example reindexed
     * then. Concurrent uploads to one example take turns (the example is locked), so the limit holds.
     */
    public Attachment addAttachment(CurrentUser user, long id, Attachments.Checked file) {
        ExampleRow row = editable(user, id);
        Attachment attachment = store.addAttachment(user, row, file);
        audit.record(row.organisationId(), user, AuditAction.LIBRARY_ATTACHMENT_ADDED, "example " + id,
                file.fileName());
        indexer.changed(id);
        if (file.isPdf()) {
            texts.extractLater(attachment.id());
        }
        return attachment;
    }

    public long removeAttachment(CurrentUser user, long attachmentId) {
        AttachmentRow attachment = store.attachment(attachmentId).orElseThrow(() -> new NotFoundException("attachment"));
        ExampleRow row = editable(user, attachment.exampleId());
        store.removeAttachment(user, row, attachment);
        audit.record(row.organisationId(), user, AuditAction.LIBRARY_ATTACHMENT_REMOVED, "example " + row.id(),
                attachment.fileName());
        indexer.changed(row.id());
        return row.id();
    }

    /** An attachment with its bytes, for whoever may read its example. */
    AttachmentRow attachment(@Nullable CurrentUser user, long attachmentId) {
        AttachmentRow attachment = store.attachment(attachmentId).orElseThrow(() -> new NotFoundException("attachment"));
        visible(user, attachment.exampleId());
        return attachment;
    }

    private ExampleRow editable(CurrentUser user, long id) {
        ExampleRow row = store.row(id).orElseThrow(() -> new NotFoundException("example"));
        Example example = store.find(id).orElseThrow();
        if (!access.canSee(user, example)) {
            throw new NotFoundException("example");
        }
        if (!access.canEdit(user, example)) {
            throw forbidden();
        }
        return row;
    }

    /** Shared in a network only in one the organisation belongs to; targets only from the catalogue. */
    private void check(CurrentUser user, ExampleDraft draft) {
        if (draft.visibility() == Visibility.NETWORK
                && (draft.networkId() == null || !networks.isMember(draft.networkId(), user.organisationId()))) {
            throw new InvalidRequestException("library.error.network");
        }
        for (long target : draft.targetIds()) {
            if (store.element(target) == null) {
                throw new InvalidRequestException("goals.error.choose-target");
            }
        }
    }

    private static long requireContributor(CurrentUser user) {
        long organisationId = user.requireOrganisation();
        if (!LibraryAccess.canContribute(user)) {
            throw forbidden();
        }
        return organisationId;
    }

    private static HttpStatusException forbidden() {
        return new HttpStatusException(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    private static String ref(Example example) {
        return "example " + example.id();
    }
}
