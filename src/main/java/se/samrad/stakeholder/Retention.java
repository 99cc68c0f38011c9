package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How long contact persons' data is kept (issue 17, GDPR): a period per organisation (36 months unless set). A
 * contact with no engagement, review or change for longer is listed for review; the review keeps it (for another
 * period) or erases it. When nobody reviews it within {@link #GRACE_DAYS} more, the daily job erases it.
 */
@Singleton
public class Retention {

    static final int DEFAULT_MONTHS = 36;
    static final int MAX_MONTHS = 120;
    static final int GRACE_DAYS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    /** A contact due for review and the last thing that happened with them. */
    public record Due(ContactRow contact, LocalDate lastActivity, LocalDate erasedAfter) {

        public String lastActivityText() {
            return lastActivity.toString();
        }

        public String erasedAfterText() {
            return erasedAfter.toString();
        }
    }

    private final RetentionRowRepository settings;
    private final ContactRowRepository contacts;
    private final EngagementRowRepository engagements;
    private final ContactRegister register;
    private final PersonalData personalData;
    private final StakeholderPermissions permissions;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    Retention(RetentionRowRepository settings, ContactRowRepository contacts, EngagementRowRepository engagements,
              ContactRegister register, PersonalData personalData, StakeholderPermissions permissions, AuditLog audit,
              Clock clock, ZoneId zone) {
        this.settings = settings;
        this.contacts = contacts;
        this.engagements = engagements;
        this.register = register;
        this.personalData = personalData;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    public int months(CurrentUser user) {
        return months(permissions.requirePersonalData(user));
    }

    int months(long organisationId) {
        return settings.findById(organisationId).map(RetentionRow::months).orElse(DEFAULT_MONTHS);
    }

    /** Sets the period; 1 to {@link #MAX_MONTHS} months. */
    @Transactional
    public void setMonths(CurrentUser user, @Nullable Integer months) {
        long organisationId = permissions.requirePersonalData(user);
        if (months == null || months < 1 || months > MAX_MONTHS) {
            throw new InvalidRequestException("stakeholder.error.retention");
        }
        RetentionRow row = new RetentionRow(organisationId, months);
        if (settings.existsById(organisationId)) {
            settings.update(row);
        } else {
            settings.save(row);
        }
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_RETENTION_CHANGED, "stakeholder-retention",
                months + " months");
    }

    /** The organisation's contacts past the period, longest silent first. */
    public List<Due> due(CurrentUser user) {
        long organisationId = permissions.requirePersonalData(user);
        Map<Long, LocalDate> last = engagements.lastContactEngagementsOf(organisationId).stream()
                .collect(Collectors.toMap(LastEngagement::id, LastEngagement::lastOn));
        return due(register.list(user), months(organisationId), last);
    }

    /** Keeps the contact for another period: the review counts as activity. */
    @Transactional
    public void keep(CurrentUser user, long contactId) {
        long organisationId = permissions.requirePersonalData(user);
        register.find(organisationId, contactId);
        contacts.updateReviewedOn(contactId, LocalDate.now(clock));
        audit.record(organisationId, user, AuditAction.STAKEHOLDER_CONTACT_KEPT, ContactRegister.ref(contactId), "");
    }

    /** Erases, in every organisation, the contacts whose review is more than {@link #GRACE_DAYS} overdue. */
    @Scheduled(fixedDelay = "1d", initialDelay = "10m")
    public int sweep() {
        Map<Long, LocalDate> last = engagements.lastContactEngagements().stream()
                .collect(Collectors.toMap(LastEngagement::id, LastEngagement::lastOn));
        Map<Long, List<ContactRow>> byOrganisation = contacts.findByErasedAtIsNull().stream()
                .collect(Collectors.groupingBy(ContactRow::organisationId));
        LocalDate today = LocalDate.now(clock);
        int erased = 0;
        for (var entry : byOrganisation.entrySet()) {
            for (Due due : due(entry.getValue(), months(entry.getKey()), last)) {
                if (due.erasedAfter().isBefore(today)) {
                    personalData.erase(entry.getKey(), due.contact(), null);
                    erased++;
                }
            }
        }
        if (erased > 0) {
            LOG.info("Retention: {} contact persons erased after their review was overdue", erased);
        }
        return erased;
    }

    private List<Due> due(List<ContactRow> candidates, int months, Map<Long, LocalDate> last) {
        LocalDate limit = LocalDate.now(clock).minusMonths(months);
        return candidates.stream().map(c -> {
                    LocalDate activity = latest(c.createdAt().atZone(zone).toLocalDate(), c.reviewedOn(),
                            last.get(c.id()));
                    return new Due(c, activity, activity.plusMonths(months).plusDays(GRACE_DAYS));
                })
                .filter(d -> d.lastActivity().isBefore(limit))
                .sorted(Comparator.comparing(Due::lastActivity))
                .toList();
    }

    private static LocalDate latest(LocalDate first, @Nullable LocalDate second, @Nullable LocalDate third) {
        LocalDate latest = first;
        if (second != null && second.isAfter(latest)) {
            latest = second;
        }
        if (third != null && third.isAfter(latest)) {
            latest = third;
        }
        return latest;
    }
}
