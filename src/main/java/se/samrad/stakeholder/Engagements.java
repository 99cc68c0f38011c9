package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The engagement history (issue 17): one timeline per stakeholder organisation and per contact person, agreements
 * with their expiry, and follow-ups. Staff who edit the register add entries for organisations; an entry that names
 * a person is personal data, so only admins add it, see who it names, or read a person's timeline.
 */
@Singleton
public class Engagements {

    /** How far ahead the start page looks for follow-ups and expiring agreements. */
    static final int FOLLOW_UP_DAYS = 14;
    static final int EXPIRY_DAYS = 90;
    /** Entries per page of an organisation's timeline. */
    static final int PAGE_SIZE = 50;

    /** An entry with the organisation and the person it concerns (the person only for admins, never an erased one). */
    public record Entry(EngagementRow row, @Nullable StakeholderRow stakeholder, @Nullable ContactRow contact) {
    }

    private final EngagementRowRepository engagements;
    private final EngagementTargetRowRepository targets;
    private final TargetRowRepository linkedTargets;
    private final StakeholderRegister register;
    private final ContactRowRepository contacts;
    private final StakeholderPermissions permissions;
    private final AuditLog audit;
    private final Clock clock;

    Engagements(EngagementRowRepository engagements, EngagementTargetRowRepository targets,
                TargetRowRepository linkedTargets, StakeholderRegister register, ContactRowRepository contacts,
                StakeholderPermissions permissions, AuditLog audit, Clock clock) {
        this.engagements = engagements;
        this.targets = targets;
        this.linkedTargets = linkedTargets;
        this.register = register;
        this.contacts = contacts;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds an entry to an organisation's timeline; naming a person there needs the right to personal data. */
    @Transactional
    public EngagementRow addForStakeholder(CurrentUser user, long stakeholderId, EngagementCommand command) {
        return addForStakeholder(user, stakeholderId, command, Set.of());
    }

    /** The same, tagged with goal targets the organisation has linked (any other id is refused). */
    @Transactional
    public EngagementRow addForStakeholder(CurrentUser user, long stakeholderId, EngagementCommand command,
                                           Set<Long> elementIds) {
        long organisationId = permissions.requireEdit(user);
        register.find(organisationId, stakeholderId);
        Set<Long> linked = linkedTargets.findByOrganisationIdAndStakeholderId(organisationId, stakeholderId).stream()
                .map(TargetRow::elementId).collect(Collectors.toSet());
        if (!linked.containsAll(elementIds)) {
            throw new InvalidRequestException("stakeholder.error.target");
        }
        Long contactId = command.otherId();
        if (contactId != null) {
            permissions.requirePersonalData(user);
            try {
                contact(organisationId, contactId);
            } catch (NotFoundException e) {
                throw new InvalidRequestException("form.error.choose");
            }
        }
        EngagementRow row = add(user, organisationId, stakeholderId, contactId, command);
        elementIds.forEach(e -> targets.save(new EngagementTargetRow(null, organisationId, row.id(), e)));
        return row;
    }

    /** Adds an entry to a person's timeline (admins), optionally with the organisation it was with. */
    @Transactional
    public EngagementRow addForContact(CurrentUser user, long contactId, EngagementCommand command) {
        long organisationId = permissions.requirePersonalData(user);
        contact(organisationId, contactId);
        Long stakeholderId = command.otherId();
        if (stakeholderId != null) {
            try {
                register.find(organisationId, stakeholderId);
            } catch (NotFoundException e) {
                throw new InvalidRequestException("form.error.choose");
            }
        }
        return add(user, organisationId, stakeholderId, contactId, command);
    }

    private EngagementRow add(CurrentUser user, long organisationId, @Nullable Long stakeholderId,
                              @Nullable Long contactId, EngagementCommand command) {
        boolean agreement = command.kind() == EngagementKind.AGREEMENT;
        EngagementRow row = engagements.save(new EngagementRow(null, organisationId, stakeholderId, contactId,
                command.kind(), Dates.parse(command.occurredOn()), command.staff(), command.summary(),
                command.issueKind(), command.reference(), agreement ? command.agreementKind() : null,
                agreement ? Dates.parse(command.expiresOn()) : null, Dates.parse(command.followUpOn()), null,
                user.accountId(), clock.instant()));
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_ENGAGEMENT_ADDED,
                stakeholderId != null ? StakeholderRegister.ref(stakeholderId) : ContactRegister.ref(contactId),
                command.kind().name());
        return row;
    }

    /** Marks a follow-up done today; answers the entry. */
    @Transactional
    public EngagementRow followedUp(CurrentUser user, long engagementId) {
        long organisationId = permissions.requireEdit(user);
        EngagementRow row = engagements.findByIdAndOrganisationId(engagementId, organisationId)
                .orElseThrow(() -> new NotFoundException("engagement"));
        if (row.stakeholderId() == null) {
            permissions.requirePersonalData(user);
        }
        if (!row.followUpOpen()) {
            throw new InvalidRequestException("stakeholder.error.no-follow-up");
        }
        engagements.updateFollowedUpOn(engagementId, LocalDate.now(clock));
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_FOLLOWED_UP, "stakeholder-engagement:"
                + engagementId, "");
        return row;
    }

    /** An organisation's timeline, newest first. */
    public List<Entry> ofStakeholder(CurrentUser user, long stakeholderId) {
        long organisationId = permissions.requireRead(user);
        StakeholderRow stakeholder = register.find(organisationId, stakeholderId);
        return entries(user, stakeholder, engagements.ofStakeholder(organisationId, stakeholderId));
    }

    /** One page of an organisation's timeline ({@link #PAGE_SIZE} entries, page 0 the newest). */
    public record Page(List<Entry> entries, int number, boolean older) {
    }

    public Page pageOfStakeholder(CurrentUser user, long stakeholderId, int page) {
        long organisationId = permissions.requireRead(user);
        StakeholderRow stakeholder = register.find(organisationId, stakeholderId);
        int number = Math.max(0, page);
        List<EngagementRow> rows = engagements.ofStakeholderPage(organisationId, stakeholderId, PAGE_SIZE + 1,
                number * PAGE_SIZE);
        boolean older = rows.size() > PAGE_SIZE;
        return new Page(entries(user, stakeholder, older ? rows.subList(0, PAGE_SIZE) : rows), number, older);
    }

    /** One organisation's entries with the people they name, for those who may see them. */
    private List<Entry> entries(CurrentUser user, StakeholderRow stakeholder, List<EngagementRow> rows) {
        Map<Long, ContactRow> people = permissions.canHandlePersonalData(user)
                ? contactsById(stakeholder.organisationId(), rows.stream().map(EngagementRow::contactId).toList())
                : Map.of();
        return rows.stream().map(r -> new Entry(r, stakeholder, at(people, r.contactId()))).toList();
    }

    /** A person's timeline, newest first (admins). */
    public List<Entry> ofContact(CurrentUser user, long contactId) {
        long organisationId = permissions.requirePersonalData(user);
        ContactRow contact = contact(organisationId, contactId);
        return withStakeholders(organisationId, engagements.ofContact(organisationId, contactId), contact);
    }

    /** Entries of the organisation's register tagged with any of these goal elements, with what they are tagged. */
    List<Tagged> taggedWith(long organisationId, Collection<Long> elementIds) {
        List<EngagementTargetRow> tags = elementIds.isEmpty() ? List.of()
                : targets.findByOrganisationIdAndElementIdIn(organisationId, elementIds);
        if (tags.isEmpty()) {
            return List.of();
        }
        Map<Long, EngagementRow> rows = engagements.findByOrganisationIdAndIdIn(organisationId,
                tags.stream().map(EngagementTargetRow::engagementId).distinct().toList()).stream()
                .collect(Collectors.toMap(EngagementRow::id, Function.identity()));
        return tags.stream().filter(t -> rows.containsKey(t.engagementId()))
                .map(t -> new Tagged(rows.get(t.engagementId()), t.elementId())).toList();
    }

    /** An entry and one goal element it is tagged with. */
    record Tagged(EngagementRow row, long elementId) {
    }

    /** Follow-ups due within {@link #FOLLOW_UP_DAYS} or overdue, for the register's start page. */
    public List<Entry> followUpsDue(CurrentUser user) {
        long organisationId = permissions.requireRead(user);
        return visible(user, organisationId, engagements.followUpsDue(organisationId,
                LocalDate.now(clock).plusDays(FOLLOW_UP_DAYS)));
    }

    /** Agreements expiring within {@link #EXPIRY_DAYS}. */
    public List<Entry> agreementsExpiring(CurrentUser user) {
        long organisationId = permissions.requireRead(user);
        LocalDate today = LocalDate.now(clock);
        return visible(user, organisationId, engagements.agreementsExpiring(organisationId, today,
                today.plusDays(EXPIRY_DAYS)));
    }

    /** Entries that name only a person are left out for those who may not see personal data. */
    private List<Entry> visible(CurrentUser user, long organisationId, List<EngagementRow> rows) {
        boolean personal = permissions.canHandlePersonalData(user);
        List<EngagementRow> shown = rows.stream().filter(r -> personal || r.stakeholderId() != null).toList();
        Map<Long, ContactRow> people = personal
                ? contactsById(organisationId, shown.stream().map(EngagementRow::contactId).toList()) : Map.of();
        Map<Long, StakeholderRow> orgs = register.byId(organisationId, ids(shown.stream()
                .map(EngagementRow::stakeholderId).toList()));
        return shown.stream().map(r -> new Entry(r, at(orgs, r.stakeholderId()), at(people, r.contactId())))
                .toList();
    }

    private List<Entry> withStakeholders(long organisationId, List<EngagementRow> rows, ContactRow contact) {
        Map<Long, StakeholderRow> orgs = register.byId(organisationId,
                ids(rows.stream().map(EngagementRow::stakeholderId).toList()));
        return rows.stream().map(r -> new Entry(r, at(orgs, r.stakeholderId()), contact)).toList();
    }

    private Map<Long, ContactRow> contactsById(long organisationId, Collection<Long> ids) {
        List<Long> wanted = ids(ids);
        return wanted.isEmpty() ? Map.of() : contacts.findByOrganisationIdAndIdIn(organisationId, wanted).stream()
                .filter(c -> !c.erased()).collect(Collectors.toMap(ContactRow::id, Function.identity()));
    }

    /** The value for a key that may be null (an entry without an organisation or a person). */
    private static <V> @Nullable V at(Map<Long, V> map, @Nullable Long key) {
        return key == null ? null : map.get(key);
    }

    private static List<Long> ids(Collection<Long> ids) {
        return ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    private ContactRow contact(long organisationId, long contactId) {
        return contacts.findByIdAndOrganisationId(contactId, organisationId).filter(c -> !c.erased())
                .orElseThrow(() -> new NotFoundException("contact"));
    }
}
