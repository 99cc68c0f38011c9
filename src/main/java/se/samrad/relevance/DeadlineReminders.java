package se.samrad.relevance;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samrad.platform.web.PublicUrl;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Reminds by itself, once per round, the units that have not handed in when a round's deadline is near
 * ({@code samrad.relevance.deadline-reminder.days-before}, default 7 days): their contacts are mailed through the
 * outbox. The mail links to the task, so it needs {@code samrad.public-url}; without it nothing is sent. Several
 * nodes may run it at once: the outbox key lets one message through.
 */
@Singleton
class DeadlineReminders {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineReminders.class);

    private final RoundRowRepository rounds;
    private final Reminders reminders;
    private final PublicUrl publicUrl;
    private final Clock clock;
    private final ZoneId zone;
    private final int daysBefore;

    DeadlineReminders(RoundRowRepository rounds, Reminders reminders, PublicUrl publicUrl, Clock clock, ZoneId zone,
                      @Value("${samrad.relevance.deadline-reminder.days-before:7}") int daysBefore) {
        this.rounds = rounds;
        this.reminders = reminders;
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.zone = zone;
        this.daysBefore = daysBefore;
    }

    @Scheduled(fixedDelay = "${samrad.relevance.deadline-reminder.interval:1h}",
            initialDelay = "${samrad.relevance.deadline-reminder.initial-delay:15m}")
    void scheduled() {
        int mailed = run();
        if (mailed > 0) {
            LOG.info("Reminded {} units of relevance rounds whose deadline is near", mailed);
        }
    }

    /** Mails the reminders due now; answers how many were new. */
    int run() {
        Optional<String> base = publicUrl.configured();
        if (base.isEmpty() || daysBefore <= 0) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        int mailed = 0;
        for (RoundRow round : rounds.findByClosedFalseAndDeadlineBetween(today, today.plusDays(daysBefore))) {
            mailed += reminders.beforeDeadline(round, base.get());
        }
        return mailed;
    }
}
