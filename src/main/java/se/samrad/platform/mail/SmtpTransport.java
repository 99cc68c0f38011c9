package se.samrad.platform.mail;

import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.util.Properties;

/** Sends one message over SMTP with Jakarta Mail (Angus Mail): multipart/alternative, text then HTML. */
@Singleton
class SmtpTransport {

    private final MailSettings settings;
    private volatile Session session;

    SmtpTransport(MailSettings settings) {
        this.settings = settings;
    }

    void send(OutboxRow row) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(row.recipient(), true));
        message.setSubject(row.subject(), "UTF-8");
        message.setHeader("Content-Language", row.language());
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(row.bodyText(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(row.bodyHtml(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        Transport.send(message);
    }

    private Session session() {
        Session current = session;
        if (current == null) {
            Properties properties = new Properties();
            String timeout = String.valueOf(settings.timeout().toMillis());
            properties.put("mail.smtp.host", settings.host());
            properties.put("mail.smtp.port", String.valueOf(settings.port()));
            properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
            properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
            properties.put("mail.smtp.connectiontimeout", timeout);
            properties.put("mail.smtp.timeout", timeout);
            properties.put("mail.smtp.writetimeout", timeout);
            boolean auth = !settings.username().isEmpty();
            properties.put("mail.smtp.auth", String.valueOf(auth));
            current = auth ? Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.username(), settings.password());
                }
            }) : Session.getInstance(properties);
            session = current;
        }
        return current;
    }
}
