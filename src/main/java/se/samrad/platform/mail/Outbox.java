package se.samrad.platform.mail;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.csv.Csv;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The e-mail outbox (utkorg), the one way the platform sends e-mail. A capability calls {@link #enqueue(Mail)} in
 * the transaction of what causes the message (an invitation, a reminder): the message is a row committed with
 * it, so nothing acknowledged is lost when the server is killed, and nothing is sent for a change rolled back.
 * {@link OutboxSender} then delivers it over SMTP, retrying with backoff. Without SMTP settings messages stay
 * queued, and staff see and export them ({@link #ofOrganisation}, {@link #csv}).
 */
@Singleton
public class Outbox {

    /** Most messages an organisation's outbox list shows and exports. */
    public static final int LIST_LIMIT = 2000;

    private final OutboxRowRepository rows;
    private final MailSettings settings;
    private final Clock clock;

    Outbox(OutboxRowRepository rows, MailSettings settings, Clock clock) {
        this.rows = rows;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Queues a message in the caller's transaction (or its own). Answers false when a message with the same key
     * was queued before: that one stands, whatever this one says.
     */
    @Transactional
    public boolean enqueue(Mail mail) {
        return rows.insertIgnore(mail.organisationId(), mail.key(), mail.to(), mail.language(), mail.subject(),
                mail.text(), mail.html(), clock.instant()) == 1;
    }

    /** Whether an SMTP server is configured: without one, messages wait in the outbox. */
    public boolean sending() {
        return settings.configured();
    }

    /** An organisation's messages, newest first. */
    public List<OutboxRow> ofOrganisation(long organisationId) {
        return rows.ofOrganisation(organisationId, LIST_LIMIT);
    }

    /** The organisation's messages with these keys, by key (for a capability showing its messages' status). */
    public Map<String, OutboxRow> byKeys(long organisationId, Collection<String> keys) {
        return keys.isEmpty() ? Map.of() : rows.byKeys(organisationId, keys).stream()
                .collect(Collectors.toMap(OutboxRow::messageKey, Function.identity()));
    }

    /**
     * Erasure of a person: their messages stay as a record that something was sent, with the address, subject and
     * bodies emptied; one still queued is not sent.
     */
    @Transactional
    public void erase(long organisationId, Collection<String> keys) {
        if (!keys.isEmpty()) {
            rows.erase(organisationId, keys, clock.instant());
        }
    }

    /** The organisation's messages as CSV (a mail merge or another mail program can send them). */
    public String csv(long organisationId) {
        return Csv.write(List.of("key", "to", "language", "subject", "text", "status", "attempts", "error",
                "created", "sent"), ofOrganisation(organisationId).stream().map(r -> List.of(r.messageKey(),
                r.recipient(), r.language(), r.subject(), r.bodyText(), r.status().name(),
                String.valueOf(r.attempts()), r.lastError(), r.createdAt().toString(),
                r.sentAt() == null ? "" : r.sentAt().toString())).toList());
    }
}
