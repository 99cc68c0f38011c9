package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Placements on the interest/influence grid, overall and per issue. A new placement never replaces an earlier
 * one: the newest per stakeholder and issue is current, the rest is its history (so the grid can be replayed).
 */
@Singleton
public class Placements {

    /** A stakeholder's current placement for one issue. */
    public record Current(StakeholderRow stakeholder, PlacementRow placement) {
    }

    /** An issue the register has placements for, for choosing which grid to show. */
    public record Issue(String key, IssueKind kind, @Nullable Long ref, String label) {
    }

    private final PlacementRowRepository placements;
    private final StakeholderRegister register;
    private final StakeholderPermissions permissions;
    private final AuditLog audit;
    private final Clock clock;

    Placements(PlacementRowRepository placements, StakeholderRegister register, StakeholderPermissions permissions,
               AuditLog audit, Clock clock) {
        this.placements = placements;
        this.register = register;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    public PlacementRow place(CurrentUser user, long stakeholderId, PlacementCommand command) {
        long organisationId = permissions.requireEdit(user);
        register.find(organisationId, stakeholderId);
        PlacementRow row = placements.save(new PlacementRow(null, organisationId, stakeholderId, command.interest(),
                command.influence(), command.issueLabel(), command.issueKind(), command.reference(), command.note(),
                Dates.parse(command.placedOn()), user.accountId(), clock.instant()));
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_PLACED, StakeholderRegister.ref(stakeholderId),
                row.quadrant() + " " + row.issueKey());
        return row;
    }

    /** One stakeholder's placements, newest first. */
    public List<PlacementRow> history(CurrentUser user, long stakeholderId) {
        long organisationId = permissions.requireRead(user);
        register.find(organisationId, stakeholderId);
        return placements.history(organisationId, stakeholderId);
    }

    /** The current placement of every stakeholder placed for the issue ("" overall), by name. */
    public List<Current> grid(CurrentUser user, String issueKey) {
        long organisationId = permissions.requireRead(user);
        return current(organisationId).stream().filter(c -> c.placement().issueKey().equals(issueKey)).toList();
    }

    /** Every stakeholder's newest placement per issue. */
    List<Current> current(long organisationId) {
        Map<String, PlacementRow> newest = new LinkedHashMap<>();
        for (PlacementRow row : placements.newestFirst(organisationId)) {
            newest.putIfAbsent(row.stakeholderId() + "|" + row.issueKey(), row);
        }
        Map<Long, StakeholderRow> stakeholders = register.byId(organisationId,
                newest.values().stream().map(PlacementRow::stakeholderId).distinct().toList());
        List<Current> all = new ArrayList<>();
        newest.values().forEach(p -> all.add(new Current(stakeholders.get(p.stakeholderId()), p)));
        all.sort(Comparator.comparing((Current c) -> c.stakeholder().name(), String.CASE_INSENSITIVE_ORDER));
        return all;
    }

    /** The issues placed for, overall first. */
    public List<Issue> issues(CurrentUser user) {
        long organisationId = permissions.requireRead(user);
        Set<String> seen = new LinkedHashSet<>();
        List<Issue> issues = new ArrayList<>();
        issues.add(new Issue("", IssueKind.NONE, null, ""));
        seen.add("");
        for (PlacementRow row : placements.newestFirst(organisationId)) {
            if (seen.add(row.issueKey())) {
                issues.add(new Issue(row.issueKey(), row.issueKind(), row.issueRef(), row.issueLabel()));
            }
        }
        return issues;
    }
}
