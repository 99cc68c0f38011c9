package se.samrad.consequence;

import com.icegreen.greenmail.util.GreenMail;
import se.samrad.platform.mail.LocalSmtp;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.dialogue.Dialogue;
import se.samrad.dialogue.DialogueState;
import se.samrad.dialogue.Dialogues;
import se.samrad.dialogue.SampleDialogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.mail.OutboxSender;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.WebClient;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recording a decision and "you said, we did": the decision with its actions and revisions, the public feedback
 * page (no sign-in) in Swedish and, once translated, in Arabic, the link from the linked dialogue's public page,
 * and the feedback e-mail reaching a local SMTP server once per resident however often it is sent, never to an
 * anonymous dialogue's residents; the register's contacts who took part as a message list an organisation admin
 * sends, noted once in their timelines. Refusals: another organisation (404), a role without a part (403), no CSRF
 * token (403), another case's alternative (422).
 */
@MicronautTest(transactional = false)
class DecisionFeedbackTest extends ConsequenceIntegrationTest {

    static final int PORT = LocalSmtp.freePort();
    static final String FORBIDDEN = "Din roll ger inte tillgång till den här sidan.";
    static final String NOT_FOUND = "Sidan finns inte, eller så har du inte behörighet att se den.";

    @Inject Dialogues dialogues;
    @Inject OutboxSender sender;
    @Inject Decisions decisions;
    @Inject Cases cases;
    @Inject se.samrad.workshop.WorkshopService workshops;
    @Inject se.samrad.platform.audit.AuditLog audit;
    @Inject se.samrad.goals.evidence.EvidenceReader evidence;

    GreenMail smtp;
    Account admin;
    Account facilitator;
    Account analyst;
    Account stranger;
    Dialogue named;
    Dialogue anonymous;
    String amal;
    String bo;
    String cai;

    @Override
    protected Map<String, String> extraProperties() {
        return LocalSmtp.settings(PORT, "samrad@kommun.example");
    }

    @BeforeAll
    void data() {
        smtp = LocalSmtp.start(PORT);
        var home = fixtures.organisation("Beslutsby");
        admin = fixtures.account(home, Role.ORG_ADMIN, Role.ANALYST, Role.FACILITATOR);
        facilitator = fixtures.account(home, Role.FACILITATOR);
        analyst = fixtures.account(home, Role.ANALYST);
        stranger = fixtures.account(fixtures.organisation("Grannstad"), Role.ORG_ADMIN, Role.ANALYST);
        CurrentUser user = accounts.toUser(admin);
        named = open(user, false);
        anonymous = open(user, true);
        amal = Fixtures.unique("amal").toLowerCase() + "@example.org";
        bo = Fixtures.unique("bo").toLowerCase() + "@example.org";
        cai = Fixtures.unique("cai").toLowerCase() + "@example.org";
        answer(named, "ar", "Amal", amal);
        answer(named, "sv", "Bo", bo);
        answer(anonymous, "sv", null, null);
    }

    @AfterAll
    void stop() {
        smtp.stop();
    }

    Dialogue open(CurrentUser user, boolean anonymous) {
        Dialogue created = dialogues.create(user, SampleDialogue.texts(),
                new Dialogues.Settings(List.of("sv", "en", "ar"), null, null, anonymous, false));
        dialogues.changeQuestions(user, created.id(), q -> SampleDialogue.questionnaire(catalogue));
        return dialogues.changeState(user, created.id(), DialogueState.OPEN);
    }

    /** A resident answers in {@code lang}, leaving a name and e-mail address when given. */
    void answer(Dialogue dialogue, String lang, String name, String email) {
        WebClient resident = new WebClient(server.getURI());
        Document landing = resident.page("/d/" + dialogue.publicKey() + "?lang=" + lang);
        Map<String, Object> start = form("attempt", landing.selectFirst("input[name=attempt]").val(), "consent", "yes");
        if (email != null) {
            start.put("name", name);
            start.put("email", email);
        }
        String path = resident.post("/d/" + dialogue.publicKey() + "/start?lang=" + lang, start).expect(303).location();
        path = path.substring(0, path.length() - 2);
        resident.post(path + "/1", form("action", "next", "q-thrive", "good", "q-issues", List.of("jobs"))).expect(303);
        resident.post(path + "/2", form("action", "next")).expect(303);
        assertEquals(path + "/done", resident.post(path + "/3", form("action", "next")).location());
    }

    static Map<String, Object> form(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** A case informed by both dialogues, with alternative A beside do nothing; answers (case id, A's id). */
    long[] decidable(WebClient client, String title) {
        long kase = caseAt(client.post("/consequence/new", Map.of("title", title, "decidingBody", "Kommunstyrelsen",
                "decisionDate", "2027-03-01", "targets", List.of(target("12.3")),
                "dialogues", named.id() + ", " + anonymous.id())).expect(303).location());
        client.post("/consequence/cases/" + kase + "/alternatives/new", Map.of("title", "Portionsvågar i alla kök"))
                .expect(303);
        CaseRow row = cases.get(admin.organisationId(), kase);
        return new long[]{kase, cases.alternatives(row).get(1).id()};
    }

    static Map<String, Object> decision(long alternative, String why) {
        return form("decidedOn", "2027-03-15", "body", "Kommunstyrelsen", "alternative", String.valueOf(alternative),
                "paragraph", "§ 112", "why", why,
                "action0-title", "Vågar i alla skolkök", "action0-due", "2027-06-30",
                "action1-title", "", "action1-due", "");
    }

    MimeMessage[] to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    @Test
    void aRecordedDecisionIsPublicTranslatedLinkedFromTheDialogueAndMailedOnce() throws Exception {
        WebClient client = signedIn(admin);
        long[] ids = decidable(client, "Minska matsvinnet i skolköken");
        String base = "/consequence/cases/" + ids[0] + "/decision";
        assertTrue(client.page(base).text().contains("Inget beslut är registrerat än."));
        assertEquals(base + "?done=recorded", client.post(base + "/edit",
                decision(ids[1], "Vågarna minskar svinnet snabbt.")).expect(303).location());

        Document page = client.page(base + "?done=recorded");
        assertTrue(page.text().contains("Beslutet är registrerat."), page.text());
        assertTrue(page.selectFirst("dl").text().contains("§ 112"));
        assertTrue(page.selectFirst("dl").text().contains("Alternativ A: Portionsvågar i alla kök"), page.text());
        assertEquals("Vågar i alla skolkök", page.selectFirst("table.decision-actions tbody th").text());
        assertTrue(page.text().contains("1 deltagare har bett om återkoppling per e-post.")
                || page.text().contains("2 deltagare har bett om återkoppling per e-post."), page.text());
        String feedback = page.selectFirst("a[href^=/feedback/]").attr("href");

        // the public page, without signing in
        WebClient resident = new WebClient(server.getURI());
        Document sv = resident.page(feedback + "?lang=sv");
        assertEquals("Minska matsvinnet i skolköken", sv.selectFirst("p.lead").text());
        assertTrue(sv.getElementById("did-heading").parent().text()
                .contains("Kommunstyrelsen beslutade den 2027-03-15: (§ 112) Portionsvågar i alla kök"),
                sv.getElementById("did-heading").parent().text());
        assertTrue(sv.text().contains("Vågarna minskar svinnet snabbt."));
        assertTrue(sv.selectFirst("ul.feedback-actions").text().contains("Vågar i alla skolkök"));
        assertTrue(sv.text().contains("Läs på:"), "offered in the dialogues' languages");
        // Arabic before a translation: the original, marked Swedish, its direction left to the browser
        Document ar = resident.page(feedback + "?lang=ar");
        Element why = ar.getElementById("did-heading").parent().selectFirst("p.prewrap");
        assertEquals("Vågarna minskar svinnet snabbt.", why.text());
        assertEquals("sv", why.attr("lang"));
        assertEquals("auto", why.attr("dir"));
        assertEquals("ما قررناه", ar.getElementById("did-heading").text());

        client.post(base + "/translations", form("WHY-ar", "الموازين تقلل الهدر بسرعة.",
                "QUESTION-ar", "تقليل هدر الطعام")).expect(303);
        ar = resident.page(feedback + "?lang=ar");
        why = ar.getElementById("did-heading").parent().selectFirst("p.prewrap");
        assertEquals("الموازين تقلل الهدر بسرعة.", why.text());
        assertEquals("ar", why.attr("lang"));
        assertEquals("تقليل هدر الطعام", ar.selectFirst("p.lead").text());

        // "what we decided" on the dialogue's public page while it is open and after it has closed
        Document open = resident.page("/d/" + named.publicKey() + "?lang=ar");
        assertNotNull(open.selectFirst("a[href^=" + feedback + "]"), open.text());
        dialogues.changeState(accounts.toUser(admin), named.id(), DialogueState.CLOSED);
        Document landing = resident.page("/d/" + named.publicKey() + "?lang=sv");
        assertNotNull(landing.selectFirst("a[href^=" + feedback + "]"), landing.text());
        assertEquals("Det här beslutade vi", landing.getElementById("decided-heading").text());

        // e-mail: once per resident who asked, none for the anonymous dialogue, none the second time
        assertEquals(base + "?done=sent&queued=2", client.post(base + "/send", Map.of()).expect(303).location());
        assertEquals(base + "?done=sent&queued=0", client.post(base + "/send", Map.of()).expect(303).location());
        sender.sendDue();
        sender.sendDue();
        MimeMessage[] toAmal = to(amal);
        assertEquals(1, toAmal.length, "one message to Amal");
        assertEquals("ar", toAmal[0].getHeader("Content-Language", null));
        assertEquals("ما قررناه: تقليل هدر الطعام", toAmal[0].getSubject());
        String text = (String) ((MimeMultipart) toAmal[0].getContent()).getBodyPart(0).getContent();
        assertTrue(text.contains("الموازين تقلل الهدر بسرعة."), text);
        assertTrue(text.contains(feedback + "?lang=ar"), text);
        MimeMessage[] toBo = to(bo);
        assertEquals(1, toBo.length, "one message to Bo");
        assertEquals("Så blev det: Minska matsvinnet i skolköken", toBo[0].getSubject());
        assertEquals(0, to(cai).length);
    }

    @Test
    void changingADecisionKeepsARevisionAndAnUnchangedResendAddsNone() {
        WebClient client = signedIn(admin);
        long[] ids = decidable(client, "Ändrat beslut");
        String base = "/consequence/cases/" + ids[0] + "/decision";
        client.post(base + "/edit", decision(ids[1], "Första motiveringen.")).expect(303);
        client.post(base + "/edit", decision(ids[1], "Första motiveringen.")).expect(303);
        client.post(base + "/edit", decision(ids[1], "Andra motiveringen.")).expect(303);
        List<String> revisions = client.page(base).select("ol.revisions li p.prewrap").eachText();
        assertEquals(2, revisions.size(), revisions.toString());
        assertTrue(revisions.get(0).contains("Andra motiveringen."), revisions.toString());
        assertTrue(revisions.get(1).contains("Första motiveringen."), revisions.toString());
        // audited like the rest of the package: two changes recorded, the unchanged resend not
        List<String> audited = audit.byActor(admin.id()).stream()
                .filter(e -> e.target().equals("consequence-case:" + ids[0])
                        && e.action().equals("CONSEQUENCE_DECISION_RECORDED"))
                .map(e -> e.detail()).toList();
        assertEquals(List.of("alternative:A § 112", "alternative:A § 112"), audited);
        // the evidence of kind decision names the chosen alternative and links to the decision
        List<se.samrad.goals.evidence.Evidence> decided = evidence.evidenceFor(admin.organisationId(),
                List.of(target("12.3"))).stream().filter(e -> e.source().equals("decision") && e.sourceId() == ids[0])
                .toList();
        assertEquals(1, decided.size(), decided.toString());
        assertEquals("Portionsvågar i alla kök", decided.get(0).label());
        assertEquals(base, decided.get(0).href());
        // the decision basis shows it
        String basis = client.page("/consequence/cases/" + ids[0] + "/basis").text();
        assertTrue(basis.contains("Andra motiveringen.") && basis.contains("Vågar i alla skolkök"), basis);
    }

    @Test
    void refusalsAreCheckedByStatusAndMessage() {
        WebClient client = signedIn(admin);
        long[] ids = decidable(client, "Hemligt beslut");
        long[] other = decidable(client, "Annat ärende");
        String base = "/consequence/cases/" + ids[0] + "/decision";

        WebClient.Response away = signedIn(stranger).post(base + "/edit", decision(ids[1], "x"));
        assertEquals(404, away.status());
        assertTrue(away.body().contains(NOT_FOUND), away.body());
        WebClient.Response awayPage = signedIn(stranger).get(base);
        assertEquals(404, awayPage.status());
        assertTrue(awayPage.body().contains(NOT_FOUND));

        WebClient.Response role = signedIn(facilitator).post(base + "/edit", decision(ids[1], "x"));
        assertEquals(403, role.status());
        assertTrue(role.body().contains(FORBIDDEN), role.body());
        assertEquals(403, signedIn(facilitator).get(base).status());

        WebClient.Response noToken = client.postRaw(base + "/edit", decision(ids[1], "x"));
        assertEquals(403, noToken.status());

        WebClient.Response wrongCase = client.post(base + "/edit", decision(other[1], "x"));
        assertEquals(422, wrongCase.status());
        assertTrue(wrongCase.body().contains("Välj ett av ärendets alternativ."), wrongCase.body());
        WebClient.Response badDate = client.post(base + "/edit", form("decidedOn", "i våras", "body", "KS",
                "alternative", String.valueOf(ids[1]), "why", "x", "action0-title", "Något", "action0-indicator", "99"));
        assertEquals(422, badDate.status());
        assertEquals("i våras", badDate.document().getElementById("decidedOn").val());
        assertFalse(decisions.of(cases.get(admin.organisationId(), ids[0])).isPresent(), "nothing was recorded");

        assertEquals(404, new WebClient(server.getURI()).get("/feedback/no-such-key").status());
        assertEquals(404, client.get(base + "/translations").status(), "nothing to translate before a decision");
        WebClient.Response send = signedIn(stranger).post(base + "/send", Map.of());
        assertEquals(404, send.status());
    }

    @Test
    void stakeholdersWhoTookPartAreAMessageListAndSendingNotesItInTheirTimelineOnce() throws Exception {
        WebClient client = signedIn(admin);
        String email = Fixtures.unique("dana").toLowerCase() + "@example.org";
        long dana = Long.parseLong(client.post("/stakeholders/new-contact", "name", "Dana Ek", "email", email,
                "lawfulBasis", "PUBLIC_TASK").expect(303).location().replaceAll(".*/contacts/(\\d+).*", "$1"));
        client.post("/stakeholders/contacts/" + dana + "/engagements", form("kind", "DIALOGUE",
                "occurredOn", "2026-10-01", "summary", "Svarade på dialogen", "issueRef", String.valueOf(named.id())))
                .expect(303);
        long[] ids = decidable(client, "Intressenternas beslut");
        String base = "/consequence/cases/" + ids[0] + "/decision";
        client.post(base + "/edit", decision(ids[1], "Så här blev det.")).expect(303);

        Element table = client.page(base).selectFirst("table.feedback-stakeholders");
        assertNotNull(table, "an admin sees the message list");
        assertEquals(List.of("Dana Ek " + email + " Inte skickat"), table.select("tbody tr").eachText());
        Document asAnalyst = signedIn(analyst).page(base);
        assertTrue(asAnalyst.select("table.feedback-stakeholders").isEmpty(), "contact persons are personal data");
        WebClient.Response refused = signedIn(analyst).post(base + "/send-stakeholders", Map.of());
        assertEquals(403, refused.status());
        assertTrue(refused.body().contains(FORBIDDEN), refused.body());

        assertEquals(base + "?done=sent&queued=1", client.post(base + "/send-stakeholders", Map.of()).location());
        assertEquals(base + "?done=sent&queued=0", client.post(base + "/send-stakeholders", Map.of()).location());
        sender.sendDue();
        assertEquals(1, to(email).length, "one message to Dana");
        assertTrue(client.page(base).selectFirst("table.feedback-stakeholders tbody tr").text().endsWith("Skickat"));
        List<String> timeline = client.page("/stakeholders/contacts/" + dana).select(".timeline-entry").eachText();
        assertEquals(1, timeline.stream().filter(e -> e.contains("Fick återkoppling om beslutet i ärendet "
                + "«Intressenternas beslut»")).count(), timeline.toString());
    }

    @Test
    void participantsReturningToAnEndedWorkshopSeeWhatWasDecided() {
        var facilitatorUser = accounts.toUser(admin);
        var workshop = workshops.create(facilitatorUser, "Kökens workshop", "", true);
        WebClient participant = new WebClient(server.getURI());
        participant.post("/w/" + workshop.code() + "/join", Map.of("name", "Elin")).expect(303);
        WebClient client = signedIn(admin);
        long kase = caseAt(client.post("/consequence/new", Map.of("title", "Beslut efter workshoppen",
                "decidingBody", "Kommunstyrelsen", "targets", List.of(target("12.3")),
                "workshops", String.valueOf(workshop.id()))).expect(303).location());
        client.post("/consequence/cases/" + kase + "/alternatives/new", Map.of("title", "Gör så här")).expect(303);
        long alternative = cases.alternatives(cases.get(admin.organisationId(), kase)).get(1).id();
        client.post("/consequence/cases/" + kase + "/decision/edit", decision(alternative, "Därför.")).expect(303);
        String key = decisions.of(cases.get(admin.organisationId(), kase)).orElseThrow().row().publicKey();

        assertTrue(participant.page("/w/" + workshop.code()).select("a[href^=/feedback/]").isEmpty(),
                "nothing while the workshop runs");
        workshops.control(facilitatorUser, workshop.id(), se.samrad.workshop.EventType.ENDED, null, Map.of());
        Document live = participant.page("/w/" + workshop.code());
        assertEquals("/feedback/" + key + "?lang=sv", live.selectFirst("a[href^=/feedback/]").attr("href"));
        assertTrue(live.text().contains("Workshoppen är avslutad. Så här blev det med det ni arbetade med:"));
        Document join = new WebClient(server.getURI()).page("/w/" + workshop.code());
        assertEquals("Beslut efter workshoppen", join.selectFirst("a[href^=/feedback/]").text());
    }

}
