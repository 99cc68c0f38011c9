package se.samrad.relevance;

import com.icegreen.greenmail.util.GreenMail;
import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.mail.LocalSmtp;
import se.samrad.platform.mail.OutboxSender;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.UnitKind;
import se.samrad.platform.security.Role;
import se.samrad.support.WebClient;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reminders by e-mail through the outbox: the contact of each unit that has not handed in gets one message, in the
 * language they work on their task in (Swedish until Samråd has seen them), with the link to their task; asking
 * again the same day mails nothing more; a unit without a contact is reminded on its pages only; each is audited.
 */
@MicronautTest(transactional = false)
class RelevanceReminderMailTest extends RelevanceIntegrationTest {

    static final int PORT = LocalSmtp.freePort();

    @Inject OutboxSender sender;
    @Inject AuditLog audit;
    @Inject DeadlineReminders deadlines;

    GreenMail smtp;
    Organisation home;
    Account analyst;
    Account amal;
    Account bo;
    OrgUnit school;
    OrgUnit planning;
    OrgUnit culture;
    long round;

    @Override
    protected Map<String, String> extraProperties() {
        return LocalSmtp.settings(PORT, "samrad@kommun.example", "samrad.public-url", "https://samrad.example/",
                "samrad.relevance.deadline-reminder.initial-delay", "1h");
    }

    @BeforeAll
    void data() {
        smtp = LocalSmtp.start(PORT);
        home = fixtures.organisation("Postby");
        Account admin = fixtures.account(home, Role.ORG_ADMIN);
        analyst = fixtures.account(home, Role.ANALYST);
        amal = fixtures.account(home, Role.FACILITATOR);
        bo = fixtures.account(home, Role.FACILITATOR);
        var actor = accounts.toUser(admin);
        school = organisations.createUnit(actor, "Skola", UnitKind.ADMINISTRATION, null);
        planning = organisations.createUnit(actor, "Plan", UnitKind.ADMINISTRATION, null);
        culture = organisations.createUnit(actor, "Kultur", UnitKind.ADMINISTRATION, null);
        round = roundAt(signedIn(analyst).post("/relevance/new", Map.of("year", "2026", "title", "Kartläggning",
                "units", List.of(school.id(), planning.id(), culture.id()), "contact-" + school.id(), amal.id(),
                "contact-" + planning.id(), bo.id(), "deadline", "2026-05-31")).expect(303).location());
        // Amal works on the school's task in Arabic.
        signedIn(amal).ok("/relevance/rounds/" + round + "/units/" + school.id() + "?lang=ar");
    }

    @AfterAll
    void stop() {
        smtp.stop();
    }

    MimeMessage[] to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    static List<MimeMessage> about(MimeMessage[] messages, String title) throws Exception {
        List<MimeMessage> out = new java.util.ArrayList<>();
        for (MimeMessage m : messages) {
            if (m.getSubject().contains(title)) {
                out.add(m);
            }
        }
        return out;
    }

    static String text(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    }

    @Test
    void eachContactIsMailedOnceInTheirLanguageWithTheLinkToTheirTask() throws Exception {
        WebClient client = signedIn(analyst);
        client.post("/relevance/rounds/" + round + "/remind").expect(303);
        client.post("/relevance/rounds/" + round + "/remind").expect(303);
        client.post("/relevance/rounds/" + round + "/remind", "unit", school.id()).expect(303);
        sender.sendDue();
        sender.sendDue();

        MimeMessage[] toAmal = about(to(amal.email()), "Kartläggning 2026").toArray(MimeMessage[]::new);
        assertEquals(1, toAmal.length, "one message however often the analyst presses");
        assertEquals("ar", toAmal[0].getHeader("Content-Language", null));
        assertEquals("تذكير: Kartläggning 2026", toAmal[0].getSubject());
        String arabic = text(toAmal[0]);
        assertTrue(arabic.contains("لم تسلّم Skola تقييم الأهمية في Kartläggning 2026 بعد. آخر يوم هو 2026-05-31."),
                arabic);
        assertTrue(arabic.contains("https://samrad.example/relevance/rounds/" + round + "/units/" + school.id()
                + "?lang=ar\n"), arabic);

        MimeMessage[] toBo = about(to(bo.email()), "Kartläggning 2026").toArray(MimeMessage[]::new);
        assertEquals(1, toBo.length);
        assertEquals("sv", toBo[0].getHeader("Content-Language", null));
        assertEquals("Påminnelse: Kartläggning 2026", toBo[0].getSubject());
        String swedish = text(toBo[0]);
        assertTrue(swedish.contains("Plan har inte lämnat in sin relevansbedömning i Kartläggning 2026 än. Sista dag "
                + "är 2026-05-31. Hittills är 0 av 169 delmål bedömda."), swedish);
        assertTrue(swedish.contains("https://samrad.example/relevance/rounds/" + round + "/units/" + planning.id()
                + "?lang=sv"), swedish);
        assertEquals(2, about(smtp.getReceivedMessages(), "Kartläggning 2026").size(),
                "the unit without a contact gets no e-mail");

        List<String> details = audit.forOrganisation(home.id(), Pageable.from(0, 100)).getContent().stream()
                .filter(e -> e.action().equals("RELEVANCE_REMINDER_SENT")
                        && e.target().equals("relevance-round:" + round)).map(e -> e.detail()).sorted().toList();
        assertEquals(List.of("unit:" + culture.id(), "unit:" + planning.id() + " e-mail",
                "unit:" + school.id() + " e-mail").stream().sorted().toList(), details);
        assertTrue(client.page("/relevance/rounds/" + round).text()
                .contains("kontaktperson får den med e-post på det språk hen arbetar på"));
    }

    @Test
    void aRoundWhoseDeadlineIsNearRemindsItsUnitsOnceByItself() throws Exception {
        WebClient client = signedIn(analyst);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
        long near = roundAt(client.post("/relevance/new", Map.of("year", "2027", "title", "Snart slut",
                "units", List.of(school.id(), planning.id(), culture.id()), "contact-" + school.id(), amal.id(),
                "contact-" + planning.id(), bo.id(), "deadline", today.plusDays(3).toString())).expect(303).location());
        roundAt(client.post("/relevance/new", Map.of("year", "2028", "title", "Långt kvar",
                "units", List.of(school.id()), "contact-" + school.id(), amal.id(),
                "deadline", today.plusDays(30).toString())).expect(303).location());
        signedIn(bo).post("/relevance/rounds/" + near + "/units/" + planning.id() + "/submit").expect(303);

        assertEquals(1, deadlines.run(), "the school's contact only: the plan handed in, culture has no contact");
        assertEquals(0, deadlines.run(), "once per round");
        sender.sendDue();
        List<MimeMessage> mails = about(to(amal.email()), "Snart slut");
        assertEquals(1, mails.size());
        assertEquals(List.of(), about(to(amal.email()), "Långt kvar"), "a deadline a month away reminds nobody yet");
        assertEquals(List.of(), about(to(bo.email()), "Snart slut"), "no reminder for a unit that handed in");
        assertEquals("ar", mails.getFirst().getHeader("Content-Language", null));
        assertTrue(text(mails.getFirst()).contains("https://samrad.example/relevance/rounds/" + near + "/units/"
                + school.id() + "?lang=ar"), text(mails.getFirst()));
        assertTrue(client.page("/relevance/rounds/" + near).select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Skola")).findFirst().orElseThrow().text()
                .contains("Påmind"));
    }
}
