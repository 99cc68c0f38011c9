package se.samrad.stakeholder;

import com.icegreen.greenmail.util.GreenMail;
import se.samrad.platform.mail.LocalSmtp;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.dialogue.Dialogue;
import se.samrad.dialogue.DialogueState;
import se.samrad.dialogue.Dialogues;
import se.samrad.dialogue.SampleDialogue;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.mail.OutboxSender;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invitations from the register end to end: invite, the e-mail arrives at a local SMTP server, the personal link
 * is followed, and the contact's timeline shows invited, started and submitted (a dialogue) or joined and
 * contributed (a workshop) by itself; an anonymous dialogue records only the invitation. Roles and tenancy on
 * every new route.
 */
@MicronautTest(transactional = false)
class InvitationTest extends IntegrationTest {

    static final int PORT = LocalSmtp.freePort();

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject Dialogues dialogues;
    @Inject GoalCatalogue catalogue;
    @Inject StaffDirectory directory;
    @Inject OutboxSender sender;
    @Inject InvitationRowRepository invitations;

    GreenMail smtp;
    Account admin;
    Account analyst;
    Account council;
    Account stranger;
    Dialogue named;
    Dialogue anonymous;

    @Override
    protected Map<String, String> extraProperties() {
        return LocalSmtp.settings(PORT, "samrad@kommun.example");
    }

    @BeforeAll
    void data() {
        smtp = LocalSmtp.start(PORT);
        Organisation home = fixtures.organisation("Inbjudarby");
        admin = fixtures.account(home, Role.ORG_ADMIN, Role.FACILITATOR);
        analyst = fixtures.account(home, Role.ANALYST, Role.FACILITATOR);
        council = fixtures.account(home, Role.COUNCIL_MEMBER);
        stranger = fixtures.account(fixtures.organisation("Grannby"), Role.ORG_ADMIN, Role.FACILITATOR);
        CurrentUser facilitator = directory.toUser(admin);
        named = open(facilitator, false);
        anonymous = open(facilitator, true);
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

    WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    static long contact(WebClient client, String name, String email) {
        String location = client.post("/stakeholders/new-contact", "name", name, "email", email,
                "lawfulBasis", "PUBLIC_TASK").expect(303).location();
        return Long.parseLong(location.replaceAll(".*/contacts/(\\d+).*", "$1"));
    }

    static Map<String, Object> form(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    MimeMessage mailTo(String address) {
        List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertEquals(1, found.size(), "one message to " + address);
        return found.get(0);
    }

    static String text(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    }

    /** The path and query of the first link in the text. */
    static String link(String text) {
        Matcher m = Pattern.compile("https?://[^\\s,\"]+").matcher(text);
        assertTrue(m.find(), text);
        URI uri = URI.create(m.group());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Follows a dialogue link as a resident: start, answer the three pages, submit. */
    void answer(String link) {
        WebClient resident = new WebClient(server.getURI());
        Document landing = resident.page(link);
        Map<String, Object> start = form("attempt", landing.selectFirst("input[name=attempt]").val(), "consent", "yes");
        if (landing.selectFirst("input[name=invitation]") != null) {
            start.put("invitation", landing.selectFirst("input[name=invitation]").val());
        }
        String key = link.replaceAll("^/d/([^?/]+).*", "$1");
        String path = resident.post("/d/" + key + "/start", start).expect(303).location();
        path = path.substring(0, path.length() - 2);
        resident.post(path + "/1", form("action", "next", "q-thrive", "good", "q-issues", List.of("jobs"))).expect(303);
        resident.post(path + "/2", form("action", "next")).expect(303);
        assertEquals(path + "/done", resident.post(path + "/3", form("action", "next")).location());
    }

    @Test
    void aDialogueInvitationArrivesByMailAndTheTimelineShowsInvitedStartedSubmitted() throws Exception {
        WebClient client = signedIn(admin);
        String email = Fixtures.unique("amina").toLowerCase() + "@example.org";
        long amina = contact(client, "Amina Hassan", email);
        String occasion = "DIALOGUE-" + named.id();
        Document page = client.page("/stakeholders/invitations?occasion=" + occasion + "&q=amina");
        assertEquals(1, page.select("input[name=contact][value=" + amina + "]").size());
        client.post("/stakeholders/invitations", form("occasion", occasion, "contact", List.of(String.valueOf(amina)),
                "language", "ar", "mail", "yes")).expect(303);
        // invited twice: the second form changes nothing
        client.post("/stakeholders/invitations", form("occasion", occasion, "contact", List.of(String.valueOf(amina)),
                "language", "ar", "mail", "yes")).expect(303);
        assertTrue(client.page("/stakeholders/invitations?occasion=" + occasion).select("table").text()
                .contains("I utkorgen"));
        sender.sendDue();

        MimeMessage message = mailTo(email);
        assertEquals("دعوة: كيف يمكن أن تصبح Exempelkommun مستدامة؟", message.getSubject());
        assertEquals("ar", message.getHeader("Content-Language", null));
        String body = text(message);
        assertTrue(body.startsWith("مرحبًا Amina Hassan"), body);
        String link = link(body);
        assertTrue(link.matches("/d/" + named.publicKey() + "\\?invitation=[A-Za-z0-9_-]{43}&lang=ar"), link);

        answer(link);
        List<String> timeline = client.page("/stakeholders/contacts/" + amina).select(".timeline-entry > p:nth-child(2)")
                .eachText();
        String title = "كيف يمكن أن تصبح Exempelkommun مستدامة؟";
        assertTrue(timeline.contains("دُعي إلى الحوار «" + title + "»"), timeline.toString());
        assertTrue(timeline.contains("بدأ الإجابة عن الحوار «" + title + "»"), timeline.toString());
        assertTrue(timeline.contains("أرسل إجاباته عن الحوار «" + title + "»"), timeline.toString());
        assertEquals(3, timeline.size(), timeline.toString());
        Document after = client.page("/stakeholders/invitations?occasion=" + occasion);
        assertTrue(after.select("table").text().contains("Skickad"), after.select("table").text());
        assertEquals(0, after.select("table td:contains(–)").size(), "started and submitted are filled in");
    }

    @Test
    void anAnonymousDialogueGetsThePublicLinkAndOnlyInvitedIsRecorded() throws Exception {
        WebClient client = signedIn(admin);
        String email = Fixtures.unique("bo").toLowerCase() + "@example.org";
        long bo = contact(client, "Bo Berg", email);
        client.post("/stakeholders/invitations", form("occasion", "DIALOGUE-" + anonymous.id(),
                "contact", List.of(String.valueOf(bo)), "language", "sv", "mail", "yes")).expect(303);
        sender.sendDue();
        String body = text(mailTo(email));
        assertTrue(body.contains("Dialogen är anonym"), body);
        String link = link(body);
        assertEquals("/d/" + anonymous.publicKey() + "?lang=sv", link, "no personal token in an anonymous dialogue's link");
        // even a token added by hand is never taken
        InvitationRow row = invitations.findByOrganisationIdAndContactId(admin.organisationId(), bo).get(0);
        answer(link + "&invitation=" + "x".repeat(43));
        List<String> timeline = client.page("/stakeholders/contacts/" + bo).select(".timeline-entry > p:nth-child(2)")
                .eachText();
        assertEquals(1, timeline.size(), timeline.toString());
        assertTrue(timeline.get(0).startsWith("Inbjuden till dialogen"), timeline.toString());
        InvitationRow after = invitations.findById(row.id()).orElseThrow();
        assertNull(after.subjectKey());
        assertNull(after.startedAt());
        assertTrue(after.anonymous());
    }

    @Test
    void aWorkshopInvitationExportedForAMailMergeRecordsJoinedAndContributed() {
        WebClient client = signedIn(admin);
        long cecilia = contact(client, "Cecilia Ek", Fixtures.unique("cecilia").toLowerCase() + "@example.org");
        long workshop = Long.parseLong(client.post("/workshops", "title", "Skolvägar", "anonymous", "on").expect(303)
                .location().replaceAll(".*/workshops/(\\d+).*", "$1"));
        String added = client.post("/workshops/" + workshop + "/activities", form("kind", "CHAT", "title", "Chatt"))
                .expect(303).location();
        long chat = Long.parseLong(added.replaceAll(".*activity-(\\d+).*", "$1"));
        client.post("/workshops/" + workshop + "/control", "action", "STARTED", "activity", chat).expect(303);

        client.post("/stakeholders/invitations", form("occasion", "WORKSHOP-" + workshop,
                "contact", List.of(String.valueOf(cecilia)), "language", "sv")).expect(303);
        WebClient.Response csv = client.get("/stakeholders/invitations.csv?occasion=WORKSHOP-" + workshop).expect(200);
        assertTrue(csv.header("Content-Disposition").startsWith("attachment"));
        assertTrue(csv.body().contains("Cecilia Ek"), csv.body());
        String link = link(csv.body());
        assertTrue(link.matches("/w/[^?]+\\?invitation=[A-Za-z0-9_-]{43}&lang=sv"), link);
        String code = link.replaceAll("^/w/([^?]+).*", "$1");

        WebClient participant = new WebClient(server.getURI());
        String token = participant.page(link).selectFirst("input[name=invitation]").val();
        participant.post("/w/" + code + "/join", "name", "Cecilia", "invitation", token).expect(303);
        participant.post("/w/" + code + "/input", "clientId", "c1", "type", "CHAT", "activity", chat,
                "text", "Fler övergångsställen").expect(303);
        participant.post("/w/" + code + "/input", "clientId", "c2", "type", "CHAT", "activity", chat,
                "text", "Och cykelbanor").expect(303);

        List<String> timeline = client.page("/stakeholders/contacts/" + cecilia)
                .select(".timeline-entry > p:nth-child(2)").eachText();
        assertEquals(List.of("Inbjuden till workshoppen ”Skolvägar”", "Gick med i workshoppen ”Skolvägar”",
                "Bidrog i workshoppen ”Skolvägar”").stream().sorted().toList(),
                timeline.stream().sorted().toList());
        assertTrue(client.page("/stakeholders/invitations?occasion=WORKSHOP-" + workshop).select("table").text()
                .contains("Inte med e-post"));
    }

    @Test
    void badInputIsAnsweredWithTheFormAndWhatWasChosen() {
        WebClient client = signedIn(admin);
        long dan = contact(client, "Dan Dahl", Fixtures.unique("dan").toLowerCase() + "@example.org");
        String occasion = "DIALOGUE-" + named.id();
        WebClient.Response none = client.post("/stakeholders/invitations", form("occasion", occasion,
                "language", "sv", "mail", "yes"));
        assertEquals(422, none.status());
        assertTrue(none.document().select(".error-summary").text().contains("Välj minst en kontakt"));
        WebClient.Response language = client.post("/stakeholders/invitations", form("occasion", occasion,
                "contact", List.of(String.valueOf(dan)), "language", "xx"));
        assertEquals(422, language.status());
        assertTrue(language.document().selectFirst("input[name=contact][value=" + dan + "]").hasAttr("checked"));
        assertEquals(404, client.post("/stakeholders/invitations", form("occasion", "DIALOGUE-999999999",
                "contact", List.of(String.valueOf(dan)), "language", "sv")).status());
        WebClient.Response unknown = client.post("/stakeholders/invitations", form("occasion", occasion,
                "contact", List.of("999999999"), "language", "sv"));
        assertEquals(422, unknown.status());
        assertFalse(unknown.document().select(".error-summary").text().isBlank());
    }

    @Test
    void onlyTheOrganisationsAdminsReachInvitations() {
        WebClient home = signedIn(admin);
        long eva = contact(home, "Eva Ek", Fixtures.unique("eva").toLowerCase() + "@example.org");
        String occasion = "DIALOGUE-" + named.id();
        for (Account account : List.of(analyst, council)) {
            WebClient other = signedIn(account);
            for (String path : List.of("/stakeholders/invitations", "/stakeholders/invitations?occasion=" + occasion,
                    "/stakeholders/invitations.csv?occasion=" + occasion, "/stakeholders/outbox.csv")) {
                WebClient.Response response = other.get(path);
                assertEquals(403, response.status(), path);
                assertFalse(response.body().contains("Eva Ek"), path);
            }
            assertEquals(403, other.post("/stakeholders/invitations", form("occasion", occasion,
                    "contact", List.of(String.valueOf(eva)), "language", "sv")).status());
        }
        WebClient away = signedIn(stranger);
        WebClient.Response page = away.get("/stakeholders/invitations?occasion=" + occasion);
        assertEquals(404, page.status());
        assertFalse(page.body().contains("Eva Ek"));
        assertEquals(404, away.get("/stakeholders/invitations.csv?occasion=" + occasion).status());
        assertEquals(404, away.post("/stakeholders/invitations", form("occasion", occasion,
                "contact", List.of(String.valueOf(eva)), "language", "sv")).status());
        Document own = away.page("/stakeholders/invitations");
        assertTrue(own.select("select#occasion option").stream().noneMatch(o -> o.val().equals(occasion)),
                "another organisation's dialogues are not offered");
        assertFalse(away.get("/stakeholders/outbox.csv").expect(200).body().contains("@example.org"));
        assertTrue(new WebClient(server.getURI()).get("/stakeholders/invitations").location().startsWith("/login"));
    }

    @Test
    void erasingAContactRemovesTheirInvitationsAndEmptiesTheirMail() {
        WebClient client = signedIn(admin);
        String email = Fixtures.unique("fia").toLowerCase() + "@example.org";
        long fia = contact(client, "Fia Fors", email);
        client.post("/stakeholders/invitations", form("occasion", "DIALOGUE-" + named.id(),
                "contact", List.of(String.valueOf(fia)), "language", "sv", "mail", "yes")).expect(303);
        assertTrue(client.get("/stakeholders/outbox.csv").expect(200).body().contains(email));
        client.post("/stakeholders/contacts/" + fia + "/erase", "confirm", "on").expect(303);
        assertTrue(invitations.findByOrganisationIdAndContactId(admin.organisationId(), fia).isEmpty());
        assertFalse(client.get("/stakeholders/outbox.csv").expect(200).body().contains(email));
    }

}
