package se.samrad.consequence;

import freemarker.template.utility.StringUtil;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.goals.FeedbackAudience;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.i18n.Language;
import se.samrad.platform.i18n.Messages;
import se.samrad.platform.mail.Mail;
import se.samrad.platform.mail.Outbox;
import se.samrad.platform.security.CurrentUser;

import se.samrad.platform.security.SecureTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "You said, we did" by e-mail: every resident who left an e-mail address for feedback in a linked dialogue that is
 * not anonymous gets one message per decision, in the language they answered in, with the feedback page's link.
 * The outbox key names the decision and the address, so sending again (or an address in two dialogues) adds
 * nothing.
 */
@Singleton
class FeedbackMail {

    private final FeedbackPage pages;
    private final List<FeedbackAudience> audiences;
    private final Outbox outbox;
    private final Messages messages;
    private final ConsequenceAudit audit;

    FeedbackMail(FeedbackPage pages, List<FeedbackAudience> audiences, Outbox outbox, Messages messages,
                 ConsequenceAudit audit) {
        this.pages = pages;
        this.audiences = audiences;
        this.outbox = outbox;
        this.messages = messages;
        this.audit = audit;
    }

    /** How many residents would get the message (the addresses, once each). */
    long recipients(Decisions.Decided decided) {
        return pages.dialogues(decided.kase()).stream().flatMap(d -> audiences.stream()
                        .flatMap(a -> a.recipients(decided.kase().organisationId(), d.id()).stream()))
                .map(r -> r.email().toLowerCase(Locale.ROOT)).distinct().count();
    }

    /** Queues the messages not queued before; answers how many were new. */
    @Transactional
    int send(CurrentUser user, Decisions.Decided decided, String pageUrl) {
        long org = decided.kase().organisationId();
        int queued = 0;
        List<FeedbackAudience.Dialogue> dialogues = pages.dialogues(decided.kase());
        Letters letters = new Letters(decided, pageUrl, FeedbackPage.originalLang(dialogues));
        for (FeedbackAudience.Dialogue dialogue : dialogues) {
            for (FeedbackAudience audience : audiences) {
                for (FeedbackAudience.Recipient r : audience.recipients(org, dialogue.id())) {
                    if (outbox.enqueue(letters.to(r.name(), r.email(), r.lang(), "decision-feedback:"
                            + decided.row().id() + ":" + SecureTokens.sha256Hex(r.email().strip().toLowerCase(Locale.ROOT))))) {
                        queued++;
                    }
                }
            }
        }
        audit.record(user, decided.kase(), AuditAction.CONSEQUENCE_FEEDBACK_SENT, "e-mails:" + queued);
        return queued;
    }

    /** One decision's messages, to as many people as it goes to. */
    Letters letters(Decisions.Decided decided, String pageUrl) {
        return new Letters(decided, pageUrl, FeedbackPage.originalLang(pages.dialogues(decided.kase())));
    }

    /**
     * Writes one decision's messages. The decision's words are read once per language, not once per person (the
     * feedback page's whole model, the decision basis included, was built for every message before).
     */
    final class Letters {
        private final Decisions.Decided decided;
        private final String pageUrl;
        private final String original;
        private final Map<String, FeedbackPage.Said> said = new HashMap<>();

        private Letters(Decisions.Decided decided, String pageUrl, String original) {
            this.decided = decided;
            this.pageUrl = pageUrl;
            this.original = original;
        }

        /** The feedback message to one person in {@code lang}, under the outbox key {@code key}. */
        Mail to(String name, String email, String lang, String key) {
            Language language = messages.language(lang).orElse(messages.reference());
            return mail(decided, said.computeIfAbsent(language.code(), l -> FeedbackPage.said(decided, l, original)),
                    name, email, language, pageUrl, key);
        }
    }

    private Mail mail(Decisions.Decided decided, FeedbackPage.Said page, String name, String email, Language language,
                      String pageUrl, String key) {
        String link = pageUrl + "?lang=" + language.code();
        String subject = messages.get(language, "consequence.feedback.mail.subject", page.question().value());
        String greeting = name == null || name.isBlank() ? messages.get(language, "consequence.feedback.mail.hello")
                : messages.get(language, "consequence.feedback.mail.greeting", name);
        String decidedLine = messages.get(language, "consequence.feedback.mail.decided",
                decided.row().body(), decided.row().decidedOn().toString(), page.chosen().value());
        String why = page.why().value();
        String more = messages.get(language, "consequence.feedback.mail.more");
        String text = greeting + "\n\n" + decidedLine + "\n\n" + why + "\n\n" + more + "\n" + link + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + language.code() + "\" dir=\"" + language.dir() + "\">"
                + "<head><meta charset=\"utf-8\"><title>" + esc(subject) + "</title></head><body>"
                + "<p>" + esc(greeting) + "</p><p>" + esc(decidedLine) + "</p><p dir=\"auto\" lang=\""
                + esc(page.why().lang()) + "\">" + esc(why) + "</p><p>" + esc(more) + "<br><a href=\"" + esc(link)
                + "\">" + esc(link) + "</a></p></body></html>";
        return new Mail(key, decided.kase().organisationId(), email, language.code(), subject, text, html);
    }

    private static String esc(String value) {
        return StringUtil.XHTMLEnc(value);
    }
}
