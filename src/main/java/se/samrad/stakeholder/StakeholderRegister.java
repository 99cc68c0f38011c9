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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stakeholder organisations and the relations between them, within the signed-in user's organisation. Roles are
 * checked here (so the pages and the API agree), every change is audited.
 */
@Singleton
public class StakeholderRegister {

    /** A relation as one organisation's page shows it: outgoing ("member of X") or incoming ("X is member of us"). */
    public record RelationView(long id, RelationKind kind, StakeholderRow other, boolean incoming, RelationRow row) {
    }

    private final StakeholderRowRepository stakeholders;
    private final RelationRowRepository relations;
    private final StakeholderPermissions permissions;
    private final AuditLog audit;
    private final Clock clock;

    StakeholderRegister(StakeholderRowRepository stakeholders, RelationRowRepository relations,
                        StakeholderPermissions permissions, AuditLog audit, Clock clock) {
        this.stakeholders = stakeholders;
        this.relations = relations;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<StakeholderRow> list(CurrentUser user) {
        return stakeholders.findByOrganisationIdOrderByName(permissions.requireRead(user));
    }

    public StakeholderRow get(CurrentUser user, long id) {
        return find(permissions.requireRead(user), id);
    }

    StakeholderRow find(long organisationId, long id) {
        return stakeholders.findByIdAndOrganisationId(id, organisationId)
                .orElseThrow(() -> new NotFoundException("stakeholder"));
    }

    /** Creates one; a number already in the register is refused ({@code stakeholder.error.org-number-taken}). */
    @Transactional
    public StakeholderRow create(CurrentUser user, OrganisationCommand command) {
        long organisationId = permissions.requireEdit(user);
        String number = OrganisationNumber.normalise(command.orgNumber());
        refuseTakenNumber(organisationId, number, null);
        Instant now = clock.instant();
        StakeholderRow row = stakeholders.save(new StakeholderRow(null, organisationId, command.name(),
                command.kind(), command.internal(), number, command.address(), command.web(), command.description(),
                now, now));
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_CREATED, ref(row.id()), row.name());
        return row;
    }

    @Transactional
    public StakeholderRow update(CurrentUser user, long id, OrganisationCommand command) {
        long organisationId = permissions.requireEdit(user);
        find(organisationId, id);
        String number = OrganisationNumber.normalise(command.orgNumber());
        refuseTakenNumber(organisationId, number, id);
        stakeholders.update(id, command.name(), command.kind(), command.internal(), number, command.address(),
                command.web(), command.description(), clock.instant());
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_CHANGED, ref(id), command.name());
        return find(organisationId, id);
    }

    public List<RelationView> relations(CurrentUser user, long id) {
        long organisationId = permissions.requireRead(user);
        find(organisationId, id);
        List<RelationRow> rows = new ArrayList<>(relations.findByOrganisationIdAndFromId(organisationId, id));
        rows.addAll(relations.findByOrganisationIdAndToId(organisationId, id));
        Map<Long, StakeholderRow> others = byId(organisationId, rows.stream()
                .map(r -> r.fromId() == id ? r.toId() : r.fromId()).toList());
        return rows.stream().map(r -> new RelationView(r.id(), r.kind(),
                        others.get(r.fromId() == id ? r.toId() : r.fromId()), r.fromId() != id, r))
                .sorted(Comparator.comparing((RelationView v) -> v.kind()).thenComparing(v -> v.other().name()))
                .toList();
    }

    /** "This organisation is {@code kind} the other one" from a date to a date. */
    @Transactional
    public void addRelation(CurrentUser user, long id, PeriodCommand command) {
        long organisationId = permissions.requireEdit(user);
        StakeholderRow from = find(organisationId, id);
        if (command.kind() == null) {
            throw new InvalidRequestException("form.error.choose");
        }
        if (command.other() == id) {
            throw new InvalidRequestException("stakeholder.error.relation-self");
        }
        StakeholderRow to = stakeholders.findByIdAndOrganisationId(command.other(), organisationId)
                .orElseThrow(() -> new InvalidRequestException("form.error.choose"));
        relations.save(new RelationRow(null, organisationId, id, to.id(), command.kind(), command.start(),
                command.end()));
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_RELATION_ADDED, ref(id),
                from.name() + " " + command.kind() + " " + to.name());
    }

    /** Removes a relation; answers the organisation whose page it was added on. */
    @Transactional
    public long removeRelation(CurrentUser user, long relationId) {
        long organisationId = permissions.requireEdit(user);
        RelationRow row = relations.findByIdAndOrganisationId(relationId, organisationId)
                .orElseThrow(() -> new NotFoundException("relation"));
        relations.delete(row);
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_RELATION_REMOVED, ref(row.fromId()),
                row.kind() + " " + ref(row.toId()));
        return row.fromId();
    }

    Map<Long, StakeholderRow> byId(long organisationId, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return stakeholders.findByOrganisationIdAndIdIn(organisationId, ids).stream()
                .collect(Collectors.toMap(StakeholderRow::id, Function.identity()));
    }

    private void refuseTakenNumber(long organisationId, String number, Long self) {
        if (number == null) {
            return;
        }
        stakeholders.findFirstByOrganisationIdAndOrgNumber(organisationId, number)
                .filter(existing -> !existing.id().equals(self))
                .ifPresent(existing -> {
                    throw new InvalidRequestException("stakeholder.error.org-number-taken");
                });
    }

    static String ref(long id) {
        return "stakeholder:" + id;
    }
}
