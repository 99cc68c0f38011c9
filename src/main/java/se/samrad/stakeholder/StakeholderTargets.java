package se.samrad.stakeholder;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which goal targets (any framework the organisation sees, its own goals included) a stakeholder cares about. */
@Singleton
public class StakeholderTargets {

    /** A linked target with the note saying why. */
    public record Linked(GoalElement element, String note) {
    }

    static final int MAX_NOTE = 1000;

    private final TargetRowRepository targets;
    private final StakeholderRegister register;
    private final GoalCatalogue catalogue;
    private final StakeholderPermissions permissions;
    private final AuditLog audit;

    StakeholderTargets(TargetRowRepository targets, StakeholderRegister register, GoalCatalogue catalogue,
                       StakeholderPermissions permissions, AuditLog audit) {
        this.targets = targets;
        this.register = register;
        this.catalogue = catalogue;
        this.permissions = permissions;
        this.audit = audit;
    }

    public List<Linked> of(CurrentUser user, long stakeholderId) {
        long organisationId = permissions.requireRead(user);
        register.find(organisationId, stakeholderId);
        return targets.findByOrganisationIdAndStakeholderId(organisationId, stakeholderId).stream()
                .flatMap(t -> catalogue.element(t.elementId(), organisationId).map(e -> new Linked(e, t.note()))
                        .stream())
                .toList();
    }

    /** Replaces the stakeholder's targets with these, each with the note; an unknown id is refused. */
    @Transactional
    public void set(CurrentUser user, long stakeholderId, Set<Long> elementIds, String note) {
        long organisationId = permissions.requireEdit(user);
        register.find(organisationId, stakeholderId);
        if (note.length() > MAX_NOTE) {
            throw new InvalidRequestException("form.error.too-long");
        }
        for (long id : elementIds) {
            Optional<GoalElement> element = catalogue.element(id, organisationId);
            if (element.isEmpty()) {
                throw new InvalidRequestException("stakeholder.error.target");
            }
        }
        targets.deleteByOrganisationIdAndStakeholderId(organisationId, stakeholderId);
        for (long id : elementIds) {
            targets.save(new TargetRow(null, organisationId, stakeholderId, id, note));
        }
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_TARGETS_CHANGED,
                StakeholderRegister.ref(stakeholderId), elementIds.size() + " targets");
    }

    /** The links to any of these elements in the organisation's register (for the target page and evidence). */
    List<TargetRow> linksTo(long organisationId, Collection<Long> elementIds) {
        return elementIds.isEmpty() ? List.of() : targets.findByOrganisationIdAndElementIdIn(organisationId, elementIds);
    }
}
