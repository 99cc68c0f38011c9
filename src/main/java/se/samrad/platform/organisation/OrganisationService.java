package se.samrad.platform.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Organisations (tenants) and the tree of units inside each. Unit methods act only on the caller's own organisation. */
@Singleton
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final OrgUnitRepository units;
    private final AuditLog audit;
    private final Clock clock;

    public OrganisationService(OrganisationRepository organisations, OrgUnitRepository units, AuditLog audit,
                               Clock clock) {
        this.organisations = organisations;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Organisation> all() {
        return organisations.findAllOrderByName();
    }

    public Organisation get(long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation"));
    }

    @Transactional
    public Organisation create(@Nullable CurrentUser actor, String name, OrganisationKind kind, @Nullable Long parentId) {
        String trimmed = name.trim();
        if (organisations.existsByName(trimmed)) {
            throw new InvalidRequestException("organisation.error.name-taken");
        }
        if (parentId != null) {
            get(parentId);
        }
        Organisation saved = organisations.save(new Organisation(null, trimmed, kind, parentId, clock.instant()));
        audit.record(null, actor, AuditAction.ORGANISATION_CREATED, trimmed, kind.name());
        return saved;
    }

    /** The units of the user's organisation as a tree, roots in name order. */
    public List<UnitNode> unitTree(CurrentUser user) {
        return tree(units.findByOrganisationIdOrderByName(user.requireOrganisation()));
    }

    public List<OrgUnit> units(CurrentUser user) {
        return units.findByOrganisationIdOrderByName(user.requireOrganisation());
    }

    public OrgUnit unit(CurrentUser user, long unitId) {
        return units.findByIdAndOrganisationId(unitId, user.requireOrganisation())
                .orElseThrow(() -> new NotFoundException("unit"));
    }

    @Transactional
    public OrgUnit createUnit(CurrentUser admin, String name, UnitKind kind, @Nullable Long parentId) {
        long org = admin.requireOrganisation();
        if (parentId != null) {
            unit(admin, parentId);
        }
        OrgUnit saved = units.save(new OrgUnit(null, org, parentId, name.trim(), kind, clock.instant()));
        audit.record(org, admin, AuditAction.UNIT_CREATED, saved.name(), kind.name());
        return saved;
    }

    @Transactional
    public OrgUnit updateUnit(CurrentUser admin, long unitId, String name, UnitKind kind, @Nullable Long parentId) {
        OrgUnit unit = unit(admin, unitId);
        if (parentId != null) {
            unit(admin, parentId);
            if (descendsFrom(admin, parentId, unitId)) {
                throw new InvalidRequestException("unit.error.cycle");
            }
        }
        OrgUnit saved = units.update(unit.withName(name.trim(), kind, parentId));
        audit.record(unit.organisationId(), admin, AuditAction.UNIT_CHANGED, saved.name(),
                Objects.equals(unit.name(), saved.name()) ? "" : unit.name() + " -> " + saved.name());
        return saved;
    }

    @Transactional
    public void deleteUnit(CurrentUser admin, long unitId) {
        OrgUnit unit = unit(admin, unitId);
        if (units.existsByParentId(unitId)) {
            throw new InvalidRequestException("unit.error.has-children");
        }
        units.delete(unit);
        audit.record(unit.organisationId(), admin, AuditAction.UNIT_DELETED, unit.name(), "");
    }

    /** True when {@code candidate} is {@code unitId} itself or lies below it, which would make a cycle. */
    private boolean descendsFrom(CurrentUser user, long candidate, long unitId) {
        Map<Long, OrgUnit> byId = new HashMap<>();
        units(user).forEach(u -> byId.put(u.id(), u));
        Long current = candidate;
        int guard = 0;
        while (current != null && guard++ < 10_000) {
            if (current == unitId) {
                return true;
            }
            OrgUnit u = byId.get(current);
            current = u == null ? null : u.parentId();
        }
        return false;
    }

    static List<UnitNode> tree(List<OrgUnit> all) {
        Map<Long, List<OrgUnit>> children = new HashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit unit : all) {
            if (unit.parentId() == null) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
            }
        }
        return roots.stream().map(r -> node(r, children, 0)).toList();
    }

    private static UnitNode node(OrgUnit unit, Map<Long, List<OrgUnit>> children, int depth) {
        List<UnitNode> below = depth > 50 ? List.of() : children.getOrDefault(unit.id(), List.of()).stream()
                .map(c -> node(c, children, depth + 1)).toList();
        return new UnitNode(unit, below);
    }
}
