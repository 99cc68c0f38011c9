package se.samrad.platform.mail;

import io.micronaut.core.annotation.Nullable;

import java.util.Objects;

/**
 * One e-mail to send through the {@link Outbox}: plain text with an HTML alternative, in the recipient's language.
 *
 * @param key            identifies the message: enqueuing a second message with the same key does nothing, so a
 *                       retried request or a repeated job sends it once (e.g. {@code stakeholder-invitation:42})
 * @param organisationId the organisation whose staff may see it in the outbox (null for platform mail)
 * @param to             the recipient's address
 * @param language       the language the message is written in ({@code sv}, {@code ar}, ...), sent as
 *                       {@code Content-Language}
 * @param html           the HTML alternative; escape what people typed before putting it here
 */
public record Mail(String key, @Nullable Long organisationId, String to, String language, String subject,
                   String text, String html) {

    public Mail {
        Objects.requireNonNull(key);
        Objects.requireNonNull(to);
        Objects.requireNonNull(language);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        Objects.requireNonNull(html);
        if (key.isBlank() || key.length() > 190) {
            throw new IllegalArgumentException("a mail key is 1 to 190 characters");
        }
    }
}
