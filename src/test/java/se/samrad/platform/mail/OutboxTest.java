package se.samrad.platform.mail;

import com.icegreen.greenmail.util.GreenMail;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox against a local SMTP server (GreenMail): sending, retries while it is down, idempotency, no SMTP. */
@MicronautTest(transactional = false)
class OutboxTest extends IntegrationTest {

    static final int PORT = LocalSmtp.freePort();

    @Inject Outbox outbox;
    @Inject OutboxSender sender;
    @Inject OutboxRowRepository rows;
    @Inject TransactionOperations<Connection> transactions;
    @Inject Clock clock;

    GreenMail smtp;

    @Override
    protected Map<String, String> extraProperties() {
        return LocalSmtp.settings(PORT, "Samråd <samrad@kommun.example>", "samrad.mail.max-attempts", "3",
                "samrad.mail.timeout", "5s");
    }

    @BeforeAll
    void startSmtp() {
        smtp = LocalSmtp.start(PORT);
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    static Mail mail(String key, String to) {
        return new Mail(key, null, to, "ar", "دعوة: حوار المدينة", "مرحبًا\nhttps://samrad.example/d/abc",
                "<p>مرحبًا</p><p><a href=\"https://samrad.example/d/abc\">https://samrad.example/d/abc</a></p>");
    }

    @Test
    void aMessageIsSentOnceAsTextAndHtmlInTheRecipientsLanguage() throws Exception {
        String key = Fixtures.unique("test-once");
        assertTrue(outbox.enqueue(mail(key, "amina@example.org")));
        assertFalse(outbox.enqueue(mail(key, "amina@example.org")), "the same key twice is queued once");
        sender.sendDue();
        sender.sendDue();

        List<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains("amina@example.org")).toList();
        assertEquals(1, received.size());
        MimeMessage message = received.get(0);
        assertEquals("دعوة: حوار المدينة", message.getSubject());
        assertEquals("ar", message.getHeader("Content-Language", null));
        assertTrue(message.getFrom()[0].toString().contains("samrad@kommun.example"));
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertTrue(parts.getContentType().startsWith("multipart/alternative"), parts.getContentType());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(((String) parts.getBodyPart(0).getContent()).contains("https://samrad.example/d/abc"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertTrue(((String) parts.getBodyPart(1).getContent()).contains("<a href=\"https://samrad.example/d/abc\">"));
        OutboxRow row = rows.findByMessageKey(key).orElseThrow();
        assertEquals(MailStatus.SENT, row.status());
        assertEquals(1, row.attempts());
    }

    @Test
    void whileTheServerIsDownMessagesWaitAndAreRetriedThenGivenUpWithTheReason() throws Exception {
        smtp.stop();
        String retried = Fixtures.unique("test-retry");
        String givenUp = Fixtures.unique("test-give-up");
        try {
            outbox.enqueue(mail(givenUp, "gives-up@example.org"));
            for (int attempt = 1; attempt <= 3; attempt++) {
                makeDue(givenUp);
                sender.sendDue();
                OutboxRow row = rows.findByMessageKey(givenUp).orElseThrow();
                assertEquals(attempt, row.attempts());
                assertFalse(row.lastError().isBlank(), "the reason is kept");
                assertEquals(attempt < 3 ? MailStatus.QUEUED : MailStatus.FAILED, row.status());
                if (attempt == 1) {
                    assertTrue(row.nextAttemptAt().isAfter(clock.instant().plus(Duration.ofSeconds(50))),
                            "the next attempt waits about a minute");
                }
            }
            outbox.enqueue(mail(retried, "retried@example.org"));
            sender.sendDue();
            assertEquals(MailStatus.QUEUED, rows.findByMessageKey(retried).orElseThrow().status());
        } finally {
            smtp = LocalSmtp.start(PORT);
        }
        sender.sendDue();
        assertEquals(MailStatus.QUEUED, rows.findByMessageKey(retried).orElseThrow().status(), "not due yet");
        makeDue(retried);
        makeDue(givenUp);
        sender.sendDue();
        assertEquals(MailStatus.SENT, rows.findByMessageKey(retried).orElseThrow().status());
        assertEquals(MailStatus.FAILED, rows.findByMessageKey(givenUp).orElseThrow().status());
        assertEquals(1, Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains("retried@example.org")).count());
        assertEquals(0, Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains("gives-up@example.org")).count());
    }

    @Test
    void aMessageOfARolledBackChangeIsNeverQueued() {
        String key = Fixtures.unique("test-rollback");
        transactions.executeWrite(status -> {
            outbox.enqueue(mail(key, "rolled-back@example.org"));
            status.setRollbackOnly();
            return null;
        });
        assertTrue(rows.findByMessageKey(key).isEmpty());
    }

    @Test
    void withoutSmtpSettingsMessagesStayQueuedAndCanBeExported() {
        MailSettings none = new MailSettings("", 587, "", "", "", true, 8, Duration.ofSeconds(5));
        OutboxSender idle = new OutboxSender(rows, new SmtpTransport(none), none, clock);
        String key = Fixtures.unique("test-no-smtp");
        long organisationId = 9_000_000L + (System.nanoTime() % 1000);
        outbox.enqueue(new Mail(key, organisationId, "waits@example.org", "sv", "Inbjudan", "=HYPERLINK(\"x\")",
                "<p>Hej</p>"));
        assertEquals(0, idle.sendDue());
        assertFalse(none.configured());
        assertEquals(MailStatus.QUEUED, rows.findByMessageKey(key).orElseThrow().status());
        String csv = outbox.csv(organisationId);
        assertTrue(csv.contains("waits@example.org") && csv.contains("QUEUED"), csv);
        assertTrue(csv.contains("'=HYPERLINK"), "formulas are neutralised: " + csv);
    }

    @Test
    void backoffDoublesUpToSixHours() {
        assertEquals(Duration.ofMinutes(1), OutboxSender.delay(1));
        assertEquals(Duration.ofMinutes(8), OutboxSender.delay(4));
        assertEquals(Duration.ofHours(6), OutboxSender.delay(30));
    }

    private void makeDue(String key) {
        OutboxRow row = rows.findByMessageKey(key).orElseThrow();
        rows.update(new OutboxRow(row.id(), row.organisationId(), row.messageKey(), row.recipient(), row.language(),
                row.subject(), row.bodyText(), row.bodyHtml(), row.status(), row.attempts(),
                clock.instant().minusSeconds(1), row.lastError(), row.createdAt(), row.sentAt()));
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
