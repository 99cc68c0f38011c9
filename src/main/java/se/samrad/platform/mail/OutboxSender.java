package se.samrad.platform.mail;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Delivers the outbox's due messages every few seconds ({@code samrad.mail.interval}). Each message is first
 * claimed for a while (so two servers never send it at once), then marked sent, or retried after 1, 2, 4, ...
 * minutes (at most 6 hours), and failed with the reason after {@code samrad.mail.max-attempts} attempts.
 * A server killed mid-send sends that message again when the claim runs out (at least once, never lost).
 */
@Singleton
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    static final int BATCH = 50;
    static final Duration CLAIM = Duration.ofMinutes(5);
    static final Duration MAX_DELAY = Duration.ofHours(6);

    private final OutboxRowRepository rows;
    private final SmtpTransport transport;
    private final MailSettings settings;
    private final Clock clock;

    OutboxSender(OutboxRowRepository rows, SmtpTransport transport, MailSettings settings, Clock clock) {
        this.rows = rows;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${samrad.mail.interval:10s}", initialDelay = "${samrad.mail.interval:10s}")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("The outbox could not be read: {}", e.toString());
        }
    }

    /** Sends what is due now; answers how many were sent. Does nothing without SMTP settings. */
    public synchronized int sendDue() {
        if (!settings.configured()) {
            return 0;
        }
        int sent = 0;
        List<OutboxRow> due = rows.due(clock.instant(), BATCH);
        for (OutboxRow row : due) {
            if (rows.claim(row.id(), row.nextAttemptAt(), clock.instant().plus(CLAIM)) == 0) {
                continue;
            }
            try {
                transport.send(row);
                rows.markSent(row.id(), clock.instant());
                sent++;
            } catch (Exception e) {
                failed(row, e);
            }
        }
        return sent;
    }

    private void failed(OutboxRow row, Exception e) {
        int attempts = row.attempts() + 1;
        String reason = reason(e);
        boolean last = attempts >= settings.maxAttempts();
        Instant next = clock.instant().plus(delay(attempts));
        rows.markFailed(row.id(), (last ? MailStatus.FAILED : MailStatus.QUEUED).name(), next, reason);
        LOG.info("Mail {} attempt {} failed{}: {}", row.id(), attempts, last ? " (given up)" : "", reason);
    }

    /** The wait after the n-th failed attempt: 1, 2, 4, ... minutes, at most {@link #MAX_DELAY}. */
    static Duration delay(int attempts) {
        Duration delay = Duration.ofMinutes(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static String reason(Exception e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 900; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" / ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(String.valueOf(t.getMessage()).strip());
        }
        return text.length() > 1000 ? text.substring(0, 1000) : text.toString();
    }
}
