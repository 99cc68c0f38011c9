package se.samrad.stakeholder;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;

/**
 * Merging a duplicate stakeholder organisation into the one kept (issue 17): its timeline, placements, targets,
 * people and relations move to the kept record, the duplicate goes, and the audit log says which went into which
 * (by id and name), so the merge can be reviewed.
 */
@Singleton
public class StakeholderMerge {

    private final MergeRepository merges;
    private final StakeholderRegister register;
    private final StakeholderPermissions permissions;
    private final AuditLog audit;

    StakeholderMerge(MergeRepository merges, StakeholderRegister register, StakeholderPermissions permissions,
                     AuditLog audit) {
        this.merges = merges;
        this.register = register;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** Merges {@code duplicateId} into {@code keptId}; answers the kept one. */
    @Transactional
    public StakeholderRow merge(CurrentUser user, long duplicateId, long keptId) {
        long organisationId = permissions.requireEdit(user);
        StakeholderRow duplicate = register.find(organisationId, duplicateId);
        if (keptId == duplicateId) {
            throw new InvalidRequestException("stakeholder.error.merge-self");
        }
        StakeholderRow kept;
        try {
            kept = register.find(organisationId, keptId);
        } catch (NotFoundException e) {
            throw new InvalidRequestException("form.error.choose");
        }
        merges.moveEngagements(organisationId, duplicateId, keptId);
        merges.moveDocuments(organisationId, duplicateId, keptId);
        merges.movePlacements(organisationId, duplicateId, keptId);
        merges.moveTargets(organisationId, duplicateId, keptId);
        merges.moveRoles(organisationId, duplicateId, keptId);
        merges.moveRelationsFrom(organisationId, duplicateId, keptId);
        merges.moveRelationsTo(organisationId, duplicateId, keptId);
        merges.deleteSelfRelations(organisationId);
        merges.delete(organisationId, duplicateId);
        if (duplicate.orgNumber() != null) {
            merges.takeNumber(organisationId, keptId, duplicate.orgNumber());
        }
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_MERGED, StakeholderRegister.ref(keptId),
                StakeholderRegister.ref(duplicateId) + " " + duplicate.name() + " -> " + kept.name());
        return register.find(organisationId, keptId);
    }
}
