package se.samrad.platform.mail;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * SMTP settings from the environment ({@code SAMRAD_MAIL_HOST}, ..., see docs/configuration.md). No host: the
 * outbox keeps its messages queued. Never logged: the password stays here.
 */
@Singleton
public class MailSettings {

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String from;
    private final boolean startTls;
    private final int maxAttempts;
    private final Duration timeout;

    MailSettings(@Value("${samrad.mail.host:}") String host, @Value("${samrad.mail.port:587}") int port,
                 @Value("${samrad.mail.username:}") String username, @Value("${samrad.mail.password:}") String password,
                 @Value("${samrad.mail.from:}") String from, @Value("${samrad.mail.starttls:true}") boolean startTls,
                 @Value("${samrad.mail.max-attempts:8}") int maxAttempts,
                 @Value("${samrad.mail.timeout:20s}") Duration timeout) {
        this.host = host.strip();
        this.port = port;
        this.username = username;
        this.password = password;
        this.from = from.strip();
        this.startTls = startTls;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.timeout = timeout;
    }

    public boolean configured() {
        return !host.isEmpty() && !from.isEmpty();
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    String from() {
        return from;
    }

    boolean startTls() {
        return startTls;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    Duration timeout() {
        return timeout;
    }
}
