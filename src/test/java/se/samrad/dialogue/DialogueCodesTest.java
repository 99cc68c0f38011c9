package se.samrad.dialogue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.platform.security.SecureTokens;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One-time participation codes: made in batches, shown once, stored only as hashes, accepted by participation. */
@MicronautTest(transactional = false)
class DialogueCodesTest extends IntegrationTest {

    private static final Pattern FORMAT = Pattern.compile("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}");

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject Dialogues dialogues;
    @Inject DialogueCodes codes;
    @Inject Participation participation;
    @Inject CodeRowRepository rows;

    Organisation org;
    Account facilitator;
    Account councilMember;
    Account stranger;

    @BeforeAll
    void people() {
        org = fixtures.organisation("Panelby kommun");
        facilitator = fixtures.account(org, Role.FACILITATOR);
        councilMember = fixtures.account(org, Role.COUNCIL_MEMBER);
        stranger = fixtures.account(fixtures.organisation("Grannby"), Role.ORG_ADMIN);
    }

    private CurrentUser user() {
        return directory.toUser(facilitator);
    }

    private Dialogue panel(boolean open) {
        Dialogue d = dialogues.create(user(), DialogueController.emptyTexts().with("title", Map.of("sv", "Panel")),
                new Dialogues.Settings(List.of("sv"), null, null, true, true));
        dialogues.changeQuestions(user(), d.id(), q -> q.withSection(new Section("s1", Map.of("sv", "Del"), Map.of(), null,
                List.of(new Question("q1", QuestionType.SHORT_TEXT, Map.of("sv", "Något?"), Map.of(), false, List.of(), false,
                        null, null, Map.of(), Map.of(), null, null, List.of(), null)))));
        return open ? dialogues.changeState(user(), d.id(), DialogueState.OPEN) : dialogues.get(user(), d.id());
    }

    private List<String> storedHashes(long dialogueId) {
        List<String> hashes = new ArrayList<>();
        rows.findAll().forEach(row -> {
            if (row.dialogueId() == dialogueId) {
                hashes.add(row.codeHash());
            }
        });
        return hashes;
    }

    @Test
    void codesAreUnambiguousDistinctAndStoredOnlyAsHashes() {
        Dialogue d = panel(false);
        List<String> made = codes.generate(user(), d.id(), 300);
        assertEquals(300, made.size());
        assertEquals(300, new HashSet<>(made).size());
        made.forEach(code -> assertTrue(FORMAT.matcher(code).matches(), code));
        List<String> hashes = storedHashes(d.id());
        assertEquals(300, hashes.size());
        Set<String> expected = new HashSet<>();
        made.forEach(code -> expected.add(SecureTokens.sha256Hex(code.replace("-", ""))));
        assertEquals(expected, new HashSet<>(hashes));
        hashes.forEach(h -> assertFalse(made.contains(h)));
        assertEquals(new DialogueCodes.Counts(300, 0), codes.counts(user(), d.id()));
        assertEquals(8, DialogueCodes.LENGTH);

        assertThrows(InvalidRequestException.class, () -> codes.generate(user(), d.id(), 0));
        assertThrows(InvalidRequestException.class, () -> codes.generate(user(), d.id(), DialogueCodes.MAX_PER_BATCH + 1));
        assertThrows(io.micronaut.http.exceptions.HttpStatusException.class,
                () -> codes.generate(directory.toUser(councilMember), d.id(), 1));
        assertThrows(se.samrad.platform.NotFoundException.class,
                () -> codes.generate(directory.toUser(stranger), d.id(), 1));
    }

    @Test
    void aResidentStartsWithACodeTypedAnyWayAndItCountsAsUsed() {
        Dialogue d = panel(true);
        List<String> made = codes.generate(user(), d.id(), 3);
        String typed = " " + made.get(0).toLowerCase().replace("-", " ") + " ";
        participation.start(d, SecureTokens.newToken(), "sv", typed);
        assertEquals(new DialogueCodes.Counts(3, 1), codes.counts(user(), d.id()));
        // Only unused codes of this dialogue come back in a download; anything else is dropped.
        Dialogue other = panel(false);
        List<String> foreign = codes.generate(user(), other.id(), 1);
        assertEquals(List.of(made.get(1), made.get(2)), codes.unused(user(), d.id(),
                List.of(made.get(0), made.get(1), made.get(2).toLowerCase(), foreign.get(0), "=HYPERLINK(\"x\")", "ABCD-EFGH")));
    }

    @Test
    void codesPageShowsNewCodesOnceAndOffersThemAsCsv() {
        Dialogue d = panel(false);
        WebClient web = new WebClient(server.getURI());
        web.signIn(facilitator.email(), Fixtures.PASSWORD);
        WebClient.Response bad = web.post("/dialogues/" + d.id() + "/codes", "count", "lots");
        assertEquals(422, bad.status());
        assertTrue(bad.body().contains("href=\"#count\"") && bad.body().contains("value=\"lots\""));
        WebClient.Response made = web.post("/dialogues/" + d.id() + "/codes", "count", "5");
        assertEquals(200, made.status());
        assertEquals("no-store", made.header("Cache-Control"));
        List<String> shown = new ArrayList<>();
        Matcher m = Pattern.compile("<code>(" + FORMAT.pattern() + ")</code>").matcher(made.body());
        while (m.find()) {
            shown.add(m.group(1));
        }
        assertEquals(5, shown.size());
        assertEquals(5, storedHashes(d.id()).size());
        WebClient.Response page = web.get("/dialogues/" + d.id() + "/codes");
        shown.forEach(code -> assertFalse(page.body().contains(code), "shown only once"));
        assertTrue(page.body().contains("5 koder, varav 0 använda"));

        WebClient.Response csv = web.post("/dialogues/" + d.id() + "/codes.csv", "code", shown);
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition").contains("attachment"));
        assertEquals("\uFEFFcode\r\n" + String.join("\r\n", shown) + "\r\n", csv.body());

        WebClient council = new WebClient(server.getURI());
        council.signIn(councilMember.email(), Fixtures.PASSWORD);
        assertEquals(200, council.get("/dialogues/" + d.id() + "/codes").status());
        assertFalse(council.ok("/dialogues/" + d.id() + "/codes").body().contains("name=\"count\""));
        assertEquals(403, council.post("/dialogues/" + d.id() + "/codes.csv", "code", shown).status());
        WebClient other = new WebClient(server.getURI());
        other.signIn(stranger.email(), Fixtures.PASSWORD);
        assertEquals(404, other.post("/dialogues/" + d.id() + "/codes", "count", "5").status());
        assertEquals(404, other.post("/dialogues/" + d.id() + "/codes.csv", "code", shown).status());
        assertEquals(5, storedHashes(d.id()).size());
    }
}
