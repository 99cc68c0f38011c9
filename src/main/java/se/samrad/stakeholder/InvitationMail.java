package se.samrad.stakeholder;

import freemarker.template.utility.StringUtil;
import jakarta.inject.Singleton;
import se.samrad.platform.i18n.Language;
import se.samrad.platform.i18n.Messages;
import se.samrad.platform.mail.Mail;

/** The e-mail of an invitation, in the language staff chose, plain text with an HTML alternative. */
@Singleton
class InvitationMail {

    private final Messages messages;

    InvitationMail(Messages messages) {
        this.messages = messages;
    }

    Mail of(InvitationRow invitation, ContactRow contact, String organisationName) {
        Language language = messages.language(invitation.language()).orElse(messages.reference());
        String kind = invitation.kind().name();
        String subject = messages.get(language, "stakeholder.invitation.mail.subject", invitation.occasionTitle());
        String greeting = messages.get(language, "stakeholder.invitation.mail.greeting", contact.name());
        String body = messages.get(language, "stakeholder.invitation.mail.body." + kind, invitation.occasionTitle());
        String privacy = messages.get(language, invitation.anonymous() ? "stakeholder.invitation.mail.anonymous"
                : "stakeholder.invitation.mail.personal." + kind);
        String signature = messages.get(language, "stakeholder.invitation.mail.signature", organisationName);
        String text = greeting + "\n\n" + body + "\n" + invitation.link() + "\n\n" + privacy + "\n\n" + signature + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + language.code() + "\" dir=\"" + language.dir() + "\">"
                + "<head><meta charset=\"utf-8\"><title>" + esc(subject) + "</title></head><body>"
                + "<p>" + esc(greeting) + "</p><p>" + esc(body) + "<br><a href=\"" + esc(invitation.link()) + "\">"
                + esc(invitation.link()) + "</a></p><p>" + esc(privacy) + "</p><p>" + esc(signature)
                + "</p></body></html>";
        return new Mail(invitation.mailKey(), invitation.organisationId(), contact.email(), language.code(), subject,
                text, html);
    }

    private static String esc(String value) {
        return StringUtil.XHTMLEnc(value);
    }
}
