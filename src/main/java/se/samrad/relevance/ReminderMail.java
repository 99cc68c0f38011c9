package se.samrad.relevance;

import freemarker.template.utility.StringUtil;
import jakarta.inject.Singleton;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.account.StaffMember;
import se.samrad.platform.i18n.Language;
import se.samrad.platform.i18n.Messages;
import se.samrad.platform.mail.Mail;
import se.samrad.platform.mail.Outbox;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.util.Optional;

/**
 * A reminder by e-mail to a unit's contact, through the platform's outbox, in the language the contact works on the
 * assessment in (learned from their task pages; Swedish until then), with a link to the unit's task. The outbox key
 * names the round, the unit and the reminder's day, so a reminder is mailed once however often it is asked for.
 */
@Singleton
class ReminderMail {

    private final Outbox outbox;
    private final Messages messages;
    private final AccountService accounts;
    private final ContactLanguageRepository languages;
    private final Clock clock;

    ReminderMail(Outbox outbox, Messages messages, AccountService accounts, ContactLanguageRepository languages,
                 Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.accounts = accounts;
        this.languages = languages;
        this.clock = clock;
    }

    /** Notes the language a unit's contact works in, when the one working is the contact. */
    void seen(CurrentUser user, RoundUnitRow unit, String lang) {
        if (unit.contactAccountId() != null && unit.contactAccountId() == user.accountId()
                && !languages.langOf(user.accountId(), unit.organisationId()).map(lang::equals).orElse(false)) {
            languages.remember(user.accountId(), unit.organisationId(), lang, clock.instant());
        }
    }

    /**
     * Queues the reminder to the unit's contact (in the caller's transaction); false when the unit has no active
     * contact or this reminder was queued before.
     */
    boolean send(RoundRow round, Rounds.UnitProgress unit, String reminder, String baseUrl) {
        Long contactId = unit.row().contactAccountId();
        Optional<StaffMember> contact = contactId == null ? Optional.empty() : accounts.staff(round.organisationId())
                .stream().filter(s -> s.id() == contactId && s.active()).findFirst();
        if (contact.isEmpty()) {
            return false;
        }
        Language language = languages.langOf(contactId, round.organisationId()).flatMap(messages::language)
                .orElse(messages.reference());
        String link = baseUrl + AssessmentController.base(round.id(), unit.row().unitId()) + "?lang="
                + language.code();
        String title = round.title() + " " + round.year();
        String subject = messages.get(language, "relevance.remind.mail.subject", title);
        String hello = messages.get(language, "relevance.remind.mail.greeting", contact.get().displayName());
        String body = messages.get(language, "relevance.remind.mail.body", unit.name(), title,
                round.deadline().toString(), unit.assessed(), unit.total());
        String more = messages.get(language, "relevance.remind.mail.link");
        String text = hello + "\n\n" + body + "\n\n" + more + "\n" + link + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + language.code() + "\" dir=\"" + language.dir() + "\">"
                + "<head><meta charset=\"utf-8\"><title>" + esc(subject) + "</title></head><body><p>" + esc(hello)
                + "</p><p>" + esc(body) + "</p><p>" + esc(more) + "<br><a href=\"" + esc(link) + "\">" + esc(link)
                + "</a></p></body></html>";
        return outbox.enqueue(new Mail("relevance-reminder:" + round.id() + ":" + unit.row().unitId() + ":" + reminder,
                round.organisationId(), contact.get().email(), language.code(), subject, text, html));
    }

    private static String esc(String text) {
        return StringUtil.XHTMLEnc(text);
    }
}
