package se.samrad.consequence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.dialogue.Answers;
import se.samrad.dialogue.Demographic;
import se.samrad.dialogue.Dialogue;
import se.samrad.dialogue.DialogueState;
import se.samrad.dialogue.Dialogues;
import se.samrad.dialogue.Participation;
import se.samrad.dialogue.PopulationShares;
import se.samrad.dialogue.SampleDialogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.WebClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Who was not heard" in the decision basis: a linked dialogue whose answers come mostly from middle-aged
 * residents names the under-represented age group with its share of the answers and of the population, on the page,
 * in the PDF and in the DOCX; a group answering in proportion is not named; a case without linked dialogues says
 * so; another organisation's dialogue linked by its id adds nothing.
 */
@MicronautTest(transactional = false)
class DecisionBasisNotHeardTest extends ConsequenceIntegrationTest {

    static final String GAP = "Under 20 år: 10 % av svaren, 20 % av befolkningen";

    @Inject Dialogues dialogues;
    @Inject Participation participation;
    @Inject PopulationShares population;

    Account admin;
    Dialogue skewed;
    Dialogue foreign;

    @BeforeAll
    void data() {
        admin = fixtures.account(fixtures.organisation("Hördaby"), Role.ORG_ADMIN, Role.ANALYST, Role.FACILITATOR);
        skewed = answered(accounts.toUser(admin));
        Account stranger = fixtures.account(fixtures.organisation("Tystaby"), Role.ORG_ADMIN, Role.FACILITATOR);
        foreign = answered(accounts.toUser(stranger));
    }

    /**
     * A dialogue with age shares 20/30/30/20 % and ten answers aged 1/3/4/2: under 20 has half its share (named),
     * 20–39 and 65+ answer in proportion, 40–64 over it.
     */
    Dialogue answered(CurrentUser user) {
        Dialogue created = dialogues.create(user, SampleDialogue.texts(), SampleDialogue.settings());
        dialogues.changeQuestions(user, created.id(), q -> SampleDialogue.questionnaire(catalogue));
        population.set(user, created.id(), Map.of(Demographic.AGE_BAND,
                Map.of("0-19", 20.0, "20-39", 30.0, "40-64", 30.0, "65+", 20.0)));
        Dialogue open = dialogues.changeState(user, created.id(), DialogueState.OPEN);
        List<String> ages = List.of("0-19", "20-39", "20-39", "20-39", "40-64", "40-64", "40-64", "40-64", "65+", "65+");
        for (String age : ages) {
            var stored = participation.submitComplete(open, Fixtures.unique("heard"), "sv", new Answers(Map.of(
                    "thrive", List.of("good"), "issues", List.of("foodwaste"), "age", List.of(age)), Map.of()));
            assertTrue(stored.errors().isEmpty(), stored.errors().getFields().toString());
        }
        return open;
    }

    long caseWith(WebClient client, String title, String dialogueIds) {
        return caseAt(client.post("/consequence/new", Map.of("title", title, "decidingBody", "Kommunstyrelsen",
                "decisionDate", "2027-03-01", "targets", List.of(target("12.3")), "dialogues", dialogueIds))
                .expect(303).location());
    }

    @Test
    void theUnderRepresentedGroupIsNamedOnThePagePdfAndDocx() throws IOException {
        WebClient client = signedIn(admin);
        long kase = caseWith(client, "Skolmat som når alla", String.valueOf(skewed.id()));
        String base = "/consequence/cases/" + kase + "/basis";

        Document page = client.page(base);
        Element list = page.selectFirst("ul.not-heard");
        assertNotNull(list, page.text());
        assertTrue(page.text().contains("Vilka som inte hörts"), page.text());
        assertEquals(1, list.select("li").size(), list.text());
        assertTrue(list.text().startsWith(GAP), list.text());
        assertTrue(list.text().contains("Hur gammal är du?") && list.text().contains("Hur ska Exempelkommun bli hållbar?"),
                list.text());
        assertFalse(list.text().contains("20–39 år") || list.text().contains("65 år eller äldre"),
                "groups answering in proportion are not named: " + list.text());

        byte[] docx = client.getBytes(base + ".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertTrue(text.contains("Vilka som inte hörts"), text);
            assertTrue(text.contains(GAP), text);
        }
        byte[] english = signedIn(admin).acceptLanguage("en").getBytes(base + ".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(english));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertTrue(text.contains("Who was not heard") && text.contains("Under 20: 10 % of the answers, 20 % of the population"),
                    text);
        }
        try (PDDocument pdf = Loader.loadPDF(client.getBytes(base + ".pdf"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Vilka som inte hörts") && text.contains(GAP), text);
        }
    }

    @Test
    void withoutLinkedDialoguesOrWithAnotherOrganisationsNothingIsClaimed() {
        WebClient client = signedIn(admin);
        long none = caseWith(client, "Skolmat utan dialog", "");
        Document page = client.page("/consequence/cases/" + none + "/basis");
        assertTrue(page.text().contains("Inga dialoger är kopplade till ärendet, så det går inte att säga vilka som inte hörts."),
                page.text());
        assertEquals(null, page.selectFirst("ul.not-heard"));

        long theirs = caseWith(client, "Skolmat med grannens dialog", String.valueOf(foreign.id()));
        Document other = client.page("/consequence/cases/" + theirs + "/basis");
        assertEquals(null, other.selectFirst("ul.not-heard"), other.text());
        assertFalse(other.text().contains("av befolkningen"), other.text());
    }
}
