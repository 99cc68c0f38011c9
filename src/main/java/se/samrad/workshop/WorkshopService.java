package se.samrad.workshop;

import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.account.StaffMember;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Workshops as facilitators prepare them: the workshop, its agenda of activities, its co-facilitators and its
 * goal-target tags. Organisation admins and the workshop's facilitators run it; other staff of the
 * organisation are refused; another organisation's workshop does not exist for them (404).
 */
@Singleton
public class WorkshopService {

    private final WorkshopRepository workshops;
    private final ActivityRepository activities;
    private final FacilitatorRepository facilitators;
    private final TagRowRepository tags;
    private final AccountService accounts;
    private final GoalCatalogue catalogue;
    private final EventLog log;
    private final AuditLog audit;
    private final Clock clock;
    private final WorkshopPermissions permissions;

    WorkshopService(WorkshopRepository workshops, ActivityRepository activities, FacilitatorRepository facilitators,
                    TagRowRepository tags, AccountService accounts, GoalCatalogue catalogue, EventLog log,
                    AuditLog audit, Clock clock, WorkshopPermissions permissions) {
        this.permissions = permissions;
        this.workshops = workshops;
        this.activities = activities;
        this.facilitators = facilitators;
        this.tags = tags;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.log = log;
        this.audit = audit;
        this.clock = clock;
    }

    public Workshop create(CurrentUser user, String title, String description, boolean allowAnonymous) {
        long organisationId = user.requireOrganisation();
        permissions.requireCreate(user);
        String code = JoinCodes.next();
        while (workshops.existsByCode(code)) {
            code = JoinCodes.next();
        }
        Workshop workshop = workshops.save(new Workshop(null, organisationId, title, description, code,
                allowAnonymous, Workshop.Status.DRAFT, user.accountId(), clock.instant(), null));
        facilitators.save(new FacilitatorRow(null, workshop.id(), user.accountId()));
        audit.record(organisationId, user, AuditAction.WORKSHOP_CREATED, "workshop:" + workshop.id(), title);
        return workshop;
    }

    public List<Workshop> list(CurrentUser user) {
        return workshops.findByOrganisationIdOrderByIdDesc(user.requireOrganisation());
    }

    /** A workshop of the user's organisation (404 otherwise), which the user may run (403 otherwise). */
    public Workshop runnable(CurrentUser user, long workshopId) {
        Workshop workshop = visible(user, workshopId);
        permissions.requireRun(user, workshop);
        return workshop;
    }

    /** A workshop of the user's organisation; another organisation's is not found. */
    public Workshop visible(CurrentUser user, long workshopId) {
        if (user.organisationId() == null) {
            throw new NotFoundException("workshop");
        }
        return workshops.findByIdAndOrganisationId(workshopId, user.organisationId())
                .orElseThrow(() -> new NotFoundException("workshop"));
    }

    public Workshop byCode(String code) {
        String normalised = JoinCodes.normalise(code);
        if (normalised == null) {
            throw new NotFoundException("workshop");
        }
        return workshops.findByCode(normalised).orElseThrow(() -> new NotFoundException("workshop"));
    }

    public Workshop update(CurrentUser user, long workshopId, String title, String description, boolean anonymous) {
        Workshop workshop = runnable(user, workshopId);
        return workshops.update(workshop.withTexts(title, description, anonymous));
    }

    public List<Activity> activities(long workshopId) {
        return activities.findByWorkshopIdOrderByPosition(workshopId);
    }

    public Activity activity(Workshop workshop, long activityId) {
        return activities.findByIdAndWorkshopId(activityId, workshop.id())
                .orElseThrow(() -> new NotFoundException("activity"));
    }

    public ActivityConfig config(Activity activity) {
        return log.config(activity);
    }

    /** Adds an activity at the end of the agenda, before or during the session. */
    public Activity addActivity(CurrentUser user, long workshopId, ActivityKind kind, String title, String prompt,
                                ActivityConfig config) {
        Workshop workshop = runnable(user, workshopId);
        requireOpen(workshop);
        ActivityTypes.of(kind).validate(config, id -> catalogue.element(id, workshop.organisationId()).isPresent());
        Activity activity = activities.save(new Activity(null, workshopId, activities.countByWorkshopId(workshopId) + 1,
                kind, title, prompt, log.write(config), clock.instant()));
        log.activityAdded(workshopId, activity);
        facilitatorEvent(user, workshop, EventType.ACTIVITY_ADDED, activity.id(), Map.of("kind", kind.name()));
        audit.record(workshop.organisationId(), user, AuditAction.WORKSHOP_ACTIVITY_ADDED, "workshop:" + workshopId,
                kind + " " + title);
        return activity;
    }

    /** A facilitator's action on the live session (start, lock, reveal, hide an item, merge, timer, end...). */
    public EventLog.Appended control(CurrentUser user, long workshopId, EventType type, Long activityId,
                                     Map<String, Object> data) {
        Workshop workshop = runnable(user, workshopId);
        if (!type.isFacilitator() || type == EventType.ACTIVITY_ADDED || type == EventType.GROUPS
                || type == EventType.TAGGED) {
            throw new InvalidRequestException("workshop.error.invalid");
        }
        requireOpen(workshop);
        if (activityId != null) {
            activity(workshop, activityId);
        }
        EventLog.Appended appended = facilitatorEvent(user, workshop, type, activityId, data);
        if (type == EventType.STARTED && workshop.status() == Workshop.Status.DRAFT) {
            workshops.update(workshop.withStatus(Workshop.Status.LIVE, null));
        }
        if (type == EventType.ENDED) {
            workshops.update(workshop.withStatus(Workshop.Status.ENDED, clock.instant()));
            audit.record(workshop.organisationId(), user, AuditAction.WORKSHOP_ENDED, "workshop:" + workshopId, "");
        }
        if (type == EventType.PARTICIPANT_REMOVED) {
            audit.record(workshop.organisationId(), user, AuditAction.WORKSHOP_PARTICIPANT_REMOVED,
                    "workshop:" + workshopId, "participant " + data.get("participant"));
        }
        return appended;
    }

    /** Splits the participants of a breakout activity into groups (random, self-chosen, or by a list). */
    public EventLog.Appended splitGroups(CurrentUser user, long workshopId, long activityId, String mode, int count,
                                         Map<Long, Integer> list, List<Participant> participants) {
        Workshop workshop = runnable(user, workshopId);
        requireOpen(workshop);
        Activity activity = activity(workshop, activityId);
        if (activity.kind() != ActivityKind.BREAKOUT || count < 1 || count > ActivityConfig.MAX_GROUPS) {
            throw new InvalidRequestException("workshop.error.groups");
        }
        Map<String, Integer> assignment = Groups.assign(mode, count, participants, list);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("mode", mode);
        data.put("count", count);
        data.put("assignment", assignment);
        return facilitatorEvent(user, workshop, EventType.GROUPS, activityId, data);
    }

    public void requireOpen(Workshop workshop) {
        if (workshop.isEnded()) {
            throw new InvalidRequestException("workshop.error.ended");
        }
    }

    private EventLog.Appended facilitatorEvent(CurrentUser user, Workshop workshop, EventType type, Long activityId,
                                               Map<String, Object> data) {
        return log.append(workshop.id(), type, activityId, "a" + user.accountId(), "", UUID.randomUUID().toString(),
                data, state -> Moderation.check(state, type, activityId, data));
    }

    // --- co-facilitators

    public List<StaffMember> facilitators(Workshop workshop) {
        Set<Long> ids = new java.util.HashSet<>();
        facilitators.findByWorkshopId(workshop.id()).forEach(f -> ids.add(f.accountId()));
        return accounts.staff(workshop.organisationId()).stream().filter(s -> ids.contains(s.id())).toList();
    }

    /** Staff of the organisation who could be added as co-facilitators. */
    public List<StaffMember> candidates(Workshop workshop) {
        Set<Long> already = new java.util.HashSet<>();
        facilitators.findByWorkshopId(workshop.id()).forEach(f -> already.add(f.accountId()));
        return accounts.staff(workshop.organisationId()).stream()
                .filter(s -> s.active() && !already.contains(s.id()) && s.roles().contains(Role.FACILITATOR))
                .toList();
    }

    public void addFacilitator(CurrentUser user, long workshopId, long accountId) {
        Workshop workshop = runnable(user, workshopId);
        StaffMember member = candidates(workshop).stream().filter(s -> s.id() == accountId).findFirst()
                .orElseThrow(() -> new InvalidRequestException("workshop.error.facilitator"));
        facilitators.save(new FacilitatorRow(null, workshopId, member.id()));
        audit.record(workshop.organisationId(), user, AuditAction.WORKSHOP_FACILITATOR_ADDED, "workshop:" + workshopId,
                member.email());
    }

    public void removeFacilitator(CurrentUser user, long workshopId, long accountId) {
        Workshop workshop = runnable(user, workshopId);
        if (facilitators.findByWorkshopId(workshopId).size() <= 1) {
            throw new InvalidRequestException("workshop.error.last-facilitator");
        }
        facilitators.deleteByWorkshopIdAndAccountId(workshopId, accountId);
        audit.record(workshop.organisationId(), user, AuditAction.WORKSHOP_FACILITATOR_REMOVED,
                "workshop:" + workshopId, "account " + accountId);
    }

    // --- goal targets

    public List<TagRow> tags(long workshopId) {
        return tags.findByWorkshopIdOrderById(workshopId);
    }

    /** Tags an activity (itemSeq 0) or one of its items with exactly these targets. */
    public void tag(CurrentUser user, long workshopId, long activityId, long itemSeq, Collection<Long> elementIds) {
        Workshop workshop = runnable(user, workshopId);
        Activity activity = activity(workshop, activityId);
        for (Long id : elementIds) {
            if (catalogue.element(id, workshop.organisationId()).isEmpty()) {
                throw new InvalidRequestException("workshop.error.target");
            }
        }
        if (itemSeq != 0 && !log.read(workshopId, s -> s.activity(activityId).items.containsKey(itemSeq))) {
            throw new NotFoundException("item");
        }
        List<TagRow> existing = tags.findByWorkshopIdOrderById(workshopId).stream()
                .filter(t -> t.activityId() == activityId && t.itemSeq() == itemSeq).toList();
        for (TagRow row : existing) {
            if (!elementIds.contains(row.elementId())) {
                tags.delete(row);
            }
        }
        for (Long id : elementIds) {
            if (!tags.existsByActivityIdAndItemSeqAndElementId(activityId, itemSeq, id)) {
                tags.save(new TagRow(null, workshopId, workshop.organisationId(), activity.id(), itemSeq, id,
                        clock.instant()));
            }
        }
        audit.record(workshop.organisationId(), user, AuditAction.WORKSHOP_TAGS_CHANGED, "workshop:" + workshopId,
                "activity " + activityId + " item " + itemSeq + ": " + elementIds);
    }
}
