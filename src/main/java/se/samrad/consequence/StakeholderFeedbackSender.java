package se.samrad.consequence;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.goals.StakeholderFeedback;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.i18n.Messages;
import se.samrad.platform.mail.Outbox;
import se.samrad.platform.mail.OutboxRow;
import se.samrad.platform.security.CurrentUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "You said, we did" to the register: the contact persons who took part in the case's linked dialogues and
 * workshops (their timelines say so) as a message list, and sending it: one e-mail each through the outbox
 * (queued until SMTP is configured, exportable as the organisation's outbox) and a letter in the contact's
 * timeline, both once per decision and contact.
 */
@Singleton
class StakeholderFeedbackSender {

    /** A contact on the list, with the status of their message ({@code null} before it is sent). */
    public record Line(StakeholderFeedback.Participant participant, OutboxRow message) {
    }

    private final List<StakeholderFeedback> registers;
    private final Cases cases;
    private final FeedbackMail mails;
    private final Outbox outbox;
    private final Messages messages;
    private final ConsequenceAudit audit;

    StakeholderFeedbackSender(List<StakeholderFeedback> registers, Cases cases, FeedbackMail mails, Outbox outbox,
                              Messages messages, ConsequenceAudit audit) {
        this.registers = registers;
        this.cases = cases;
        this.mails = mails;
        this.outbox = outbox;
        this.messages = messages;
        this.audit = audit;
    }

    List<StakeholderFeedback.Participant> participants(Decisions.Decided decided) {
        Map<String, List<Long>> items = cases.items(decided.kase());
        List<StakeholderFeedback.Participant> out = new ArrayList<>();
        registers.forEach(r -> out.addAll(participants(r, decided, items)));
        return out;
    }

    private static List<StakeholderFeedback.Participant> participants(StakeholderFeedback register,
                                                                      Decisions.Decided decided,
                                                                      Map<String, List<Long>> items) {
        return register.participants(decided.kase().organisationId(), items.getOrDefault("DIALOGUE", List.of()),
                items.getOrDefault("WORKSHOP", List.of()));
    }

    List<Line> lines(Decisions.Decided decided) {
        List<StakeholderFeedback.Participant> participants = participants(decided);
        Map<String, OutboxRow> sent = outbox.byKeys(decided.kase().organisationId(),
                participants.stream().map(p -> key(decided, p)).toList());
        return participants.stream().map(p -> new Line(p, sent.get(key(decided, p)))).toList();
    }

    /** Queues the messages not queued before and notes each in the contact's timeline; answers how many. */
    @Transactional
    int send(CurrentUser user, Decisions.Decided decided, String pageUrl) {
        String lang = messages.reference().code();
        String summary = messages.get(messages.reference(), "consequence.feedback.stakeholder.entry",
                decided.kase().title(), pageUrl);
        int queued = 0;
        Map<String, List<Long>> items = cases.items(decided.kase());
        FeedbackMail.Letters letters = mails.letters(decided, pageUrl);
        for (StakeholderFeedback register : registers) {
            for (StakeholderFeedback.Participant p : participants(register, decided, items)) {
                if (outbox.enqueue(letters.to(p.name(), p.email(), lang, key(decided, p)))) {
                    register.recordSent(decided.kase().organisationId(), p.contactId(), summary, user.accountId());
                    queued++;
                }
            }
        }
        audit.record(user, decided.kase(), AuditAction.CONSEQUENCE_FEEDBACK_SENT, "stakeholder contacts:" + queued);
        return queued;
    }

    private static String key(Decisions.Decided decided, StakeholderFeedback.Participant p) {
        return "decision-feedback-contact:" + decided.row().id() + ":" + p.contactId();
    }
}
