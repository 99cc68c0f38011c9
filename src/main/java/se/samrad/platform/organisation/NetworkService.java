package se.samrad.platform.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.cluster.Invalidations;
import se.samrad.platform.db.AfterCommit;
import se.samrad.platform.db.ShortCache;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Networks of organisations that share content. Platform admins create them and manage membership; staff
 * of a member organisation see the network and its members, nobody else does.
 */
@Singleton
public class NetworkService {

    private final NetworkRepository networks;
    private final NetworkMemberRepository members;
    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final Clock clock;
    private final AfterCommit afterCommit;
    /** Organisation id to the ids of its networks: asked on every search and visibility check. */
    private final ShortCache<Long, Set<Long>> memberships;
    private static final String CACHE = "network-memberships";

    public NetworkService(NetworkRepository networks, NetworkMemberRepository members,
                          OrganisationRepository organisations, AuditLog audit, Clock clock,
                          AfterCommit afterCommit, Invalidations invalidations) {
        this.networks = networks;
        this.members = members;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
        this.afterCommit = afterCommit;
        this.memberships = new ShortCache<>(clock, Duration.ofSeconds(10), 100_000);
        invalidations.register(CACHE, key -> memberships.invalidateAll());
    }

    /** A member organisation as shown in a network's list. */
    public record Member(Organisation organisation, boolean coordinator) {
    }

    public List<Network> all() {
        return networks.findAllOrderByName();
    }

    /** The networks the user's organisation belongs to. */
    public List<Network> mine(CurrentUser user) {
        return user.organisationId() == null ? List.of() : networks.findByMember(user.organisationId());
    }

    /**
     * The ids of the networks an organisation belongs to, remembered for a few seconds and forgotten at once
     * (after the commit) when any membership changes.
     */
    public Set<Long> networkIdsOf(long organisationId) {
        return memberships.get(organisationId, () -> networks.findByMember(organisationId).stream()
                .map(Network::id).collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether the given organisation belongs to the network: the basis of every "shared in a network" check. */
    public boolean isMember(long networkId, @Nullable Long organisationId) {
        return organisationId != null && networkIdsOf(organisationId).contains(networkId);
    }

    /** A network, visible to platform admins and to staff of its member organisations. */
    public Network visible(CurrentUser user, long networkId) {
        Network network = networks.findById(networkId).orElseThrow(() -> new NotFoundException("network"));
        if (!user.has(Role.PLATFORM_ADMIN) && !isMember(networkId, user.organisationId())) {
            throw new NotFoundException("network");
        }
        return network;
    }

    public List<Member> members(long networkId) {
        return members.findByNetworkId(networkId).stream()
                .map(m -> new Member(organisations.findById(m.organisationId()).orElseThrow(), m.coordinator()))
                .sorted((a, b) -> a.organisation().name().compareToIgnoreCase(b.organisation().name()))
                .toList();
    }

    @Transactional
    public Network create(CurrentUser admin, String name, String description) {
        String trimmed = name.trim();
        if (networks.existsByName(trimmed)) {
            throw new InvalidRequestException("network.error.name-taken");
        }
        Network saved = networks.save(new Network(null, trimmed, description == null ? "" : description.trim(),
                clock.instant()));
        audit.record(null, admin, AuditAction.NETWORK_CREATED, trimmed, "");
        return saved;
    }

    @Transactional
    public void addMember(@Nullable CurrentUser admin, long networkId, long organisationId, boolean coordinator) {
        Network network = networks.findById(networkId).orElseThrow(() -> new NotFoundException("network"));
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation"));
        members.findByNetworkIdAndOrganisationId(networkId, organisationId).ifPresent(members::delete);
        members.save(new NetworkMember(null, networkId, organisationId, coordinator, clock.instant()));
        afterCommit.invalidateAll(CACHE);
        audit.record(null, admin, AuditAction.NETWORK_MEMBER_ADDED, network.name(),
                organisation.name() + (coordinator ? " (coordinator)" : ""));
    }

    @Transactional
    public void removeMember(CurrentUser admin, long networkId, long organisationId) {
        Network network = networks.findById(networkId).orElseThrow(() -> new NotFoundException("network"));
        NetworkMember member = members.findByNetworkIdAndOrganisationId(networkId, organisationId)
                .orElseThrow(() -> new NotFoundException("member"));
        members.delete(member);
        afterCommit.invalidateAll(CACHE);
        audit.record(null, admin, AuditAction.NETWORK_MEMBER_REMOVED, network.name(),
                organisations.findById(organisationId).map(Organisation::name).orElse(""));
    }
}
