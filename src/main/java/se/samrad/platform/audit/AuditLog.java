package se.samrad.platform.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;

/** Records sign-ins, role changes and other changes that an organisation must be able to trace. */
@Singleton
public class AuditLog {

    private static final int MAX_DETAIL = 1000;
    private final AuditRepository events;
    private final Clock clock;

    public AuditLog(AuditRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(@Nullable Long organisationId, @Nullable CurrentUser actor, AuditAction action,
                       String target, String detail) {
        record(organisationId, actor == null ? null : actor.accountId(), actor == null ? "" : actor.email(),
                action, target, detail);
    }

    public void record(@Nullable Long organisationId, @Nullable Long actorId, String actorLabel, AuditAction action,
                       String target, String detail) {
        events.save(new AuditEvent(null, organisationId, actorId, truncate(actorLabel, 254), action.name(),
                truncate(target, 300), truncate(detail, MAX_DETAIL), clock.instant()));
    }

    public Page<AuditEvent> forOrganisation(long organisationId, Pageable page) {
        return events.findByOrganisationIdOrderByIdDesc(organisationId, page);
    }

    public java.util.List<AuditEvent> byActor(long accountId) {
        return events.findByActorAccountIdOrderByIdDesc(accountId);
    }

    /** Erasure: the events stay but stop naming the person. */
    public void relabelActor(long accountId, String label) {
        events.relabelActor(accountId, label);
    }

    public Page<AuditEvent> forPlatform(Pageable page) {
        return events.findByOrganisationIdIsNullOrderByIdDesc(page);
    }

    private static String truncate(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
