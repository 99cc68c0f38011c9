package se.samrad.stakeholder;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.organisation.Network;
import se.samrad.platform.organisation.NetworkService;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sharing stakeholder organisations in a network (issue 17): staff who edit a register share a record with networks
 * their organisation belongs to, and the other members' staff who read registers see its own fields, read-only.
 * What is shared is read through {@link ShareRowRepository.Shared}, which has no contacts, timeline, placements or
 * documents, so none of that can leave the register. A share counts only while both organisations are members; for
 * anyone else a shared record does not exist (404).
 */
@Singleton
public class StakeholderSharing {

    /** One of the user's networks and whether the record is shared with it. */
    public record Choice(Network network, boolean shared) {
    }

    /** A record shared with the reader, with the organisation whose register it is and the network. */
    public record SharedView(ShareRowRepository.Shared stakeholder, String owner, String network) {
    }

    private final ShareRowRepository shares;
    private final StakeholderRegister register;
    private final StakeholderPermissions permissions;
    private final NetworkService networks;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final Clock clock;

    StakeholderSharing(ShareRowRepository shares, StakeholderRegister register, StakeholderPermissions permissions,
                       NetworkService networks, OrganisationService organisations, AuditLog audit, Clock clock) {
        this.shares = shares;
        this.register = register;
        this.permissions = permissions;
        this.networks = networks;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The user's networks, each ticked when the record is shared with it (nothing when there are no networks). */
    public List<Choice> choices(CurrentUser user, long stakeholderId) {
        long organisationId = permissions.requireRead(user);
        register.find(organisationId, stakeholderId);
        Set<Long> shared = shares.findByOrganisationIdAndStakeholderId(organisationId, stakeholderId).stream()
                .map(ShareRow::networkId).collect(Collectors.toSet());
        return networks.mine(user).stream().map(n -> new Choice(n, shared.contains(n.id()))).toList();
    }

    /** Shares the record with exactly these networks (empty: with none); each must be one of the user's. */
    @Transactional
    public void share(CurrentUser user, long stakeholderId, Set<Long> networkIds) {
        long organisationId = permissions.requireEdit(user);
        register.find(organisationId, stakeholderId);
        if (!networks.networkIdsOf(organisationId).containsAll(networkIds)) {
            throw new InvalidRequestException("form.error.choose");
        }
        shares.deleteByOrganisationIdAndStakeholderId(organisationId, stakeholderId);
        for (long networkId : new TreeSet<>(networkIds)) {
            shares.save(new ShareRow(null, organisationId, stakeholderId, networkId, user.accountId(),
                    clock.instant()));
        }
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_SHARED, StakeholderRegister.ref(stakeholderId),
                new TreeSet<>(networkIds).stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    /** What other members of the user's networks share, by name, each record once. */
    public List<SharedView> sharedWith(CurrentUser user) {
        long organisationId = permissions.requireRead(user);
        Map<Long, Network> mine = networks.mine(user).stream().collect(Collectors.toMap(Network::id,
                Function.identity()));
        if (mine.isEmpty()) {
            return List.of();
        }
        return views(shares.sharedIn(mine.keySet(), organisationId), mine);
    }

    /** One record shared with the user's organisation; 404 for anything else. */
    public SharedView shared(CurrentUser user, long stakeholderId) {
        long organisationId = permissions.requireRead(user);
        Map<Long, Network> mine = networks.mine(user).stream().collect(Collectors.toMap(Network::id,
                Function.identity()));
        List<SharedView> found = mine.isEmpty() ? List.of()
                : views(shares.oneSharedIn(stakeholderId, mine.keySet(), organisationId), mine);
        if (found.isEmpty()) {
            throw new NotFoundException("stakeholder");
        }
        return found.getFirst();
    }

    /** Shares whose owner is still in the network, one per record (the first network by the query's order). */
    private List<SharedView> views(List<ShareRowRepository.Shared> rows, Map<Long, Network> mine) {
        Map<Long, SharedView> byId = new LinkedHashMap<>();
        Map<Long, String> owners = new java.util.HashMap<>();
        for (ShareRowRepository.Shared row : rows) {
            if (byId.containsKey(row.id()) || !networks.isMember(row.networkId(), row.organisationId())) {
                continue;
            }
            String owner = owners.computeIfAbsent(row.organisationId(), id -> organisations.get(id).name());
            byId.put(row.id(), new SharedView(row, owner, mine.get(row.networkId()).name()));
        }
        return List.copyOf(byId.values());
    }
}
