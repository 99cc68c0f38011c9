package se.samrad.platform.mail;

/** Where a message in the outbox is: waiting (also between retries), sent, or given up with a reason. */
public enum MailStatus {
    QUEUED,
    SENT,
    FAILED
}
