package se.samrad.consequence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.evidence.Evidence;
import se.samrad.goals.evidence.EvidenceReader;
import se.samrad.platform.account.Account;
import se.samrad.platform.demo.DemoContributor;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.UnitKind;
import se.samrad.platform.security.Role;
import se.samrad.support.WebClient;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo case after the relevance and indicator demos: a new case suggests the targets the relevance round
 * prioritised; the demo case's do-nothing line holds the matsvinn indicator's projection; the case is evidence of
 * kind {@code decision} for target 12.3; Kommunstyrelsen's decision shows on the public feedback page in Swedish and
 * Arabic, and the matsvinn indicator's page lists the actions it follows up.
 */
@MicronautTest(transactional = false)
class ConsequenceDemoTest extends ConsequenceIntegrationTest {

    @Inject List<DemoContributor> contributors;
    @Inject Cases cases;
    @Inject Decisions decisions;
    @Inject EvidenceReader evidence;
    @Inject se.samrad.workshop.WorkshopService workshops;
    @Inject se.samrad.workshop.ParticipantService participants;

    Organisation municipality;
    Account admin;

    @BeforeAll
    void demo() {
        municipality = fixtures.organisation("Demokommun");
        admin = fixtures.account(municipality, Role.ORG_ADMIN, Role.ANALYST);
        var actor = accounts.toUser(admin);
        for (String name : List.of("Kommunledningsförvaltningen", "Utbildningsförvaltningen", "Samhällsbyggnadsnämnden")) {
            organisations.createUnit(actor, name, UnitKind.ADMINISTRATION, null);
        }
        for (String name : List.of("RelevanceDemo", "IndicatorDemo", "ConsequenceDemo")) {
            contributors.stream().filter(c -> c.getClass().getSimpleName().startsWith(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(name)).contribute(municipality, actor);
        }
    }

    @Test
    void aNewCaseSuggestsTheTargetsTheRelevanceRoundPrioritised() {
        Document form = signedIn(admin).page("/consequence/new");
        assertTrue(form.text().contains("De delmål som prioriterades i den senaste relevansbedömningen är förvalda."));
        long t125 = target("12.5");
        assertTrue(form.selectFirst("input[name=targets][value=" + t125 + "]").hasAttr("checked"));
        assertTrue(!form.selectFirst("input[name=targets][value=" + target("12.3") + "]").hasAttr("checked"));
    }

    @Test
    void theDemoCaseHasDoNothingFromTheMatsvinnProjection() {
        CaseRow kase = cases.list(municipality.id()).stream()
                .filter(c -> c.title().equals(ConsequenceDemo.TITLE)).findFirst().orElseThrow();
        WebClient client = signedIn(admin);
        Document matrix = client.page("/consequence/cases/" + kase.id() + "/matrix");
        String table = matrix.selectFirst("table.matrix").text();
        assertTrue(table.contains("Alternativ A: Portionsvågar och daglig svinnmätning i alla kök"), table);
        assertTrue(table.contains("Alternativ B: Förbeställning och ny menyplanering"), table);
        // The matsvinn indicator falls towards its target: doing nothing keeps a good trend.
        String doNothingLong = matrix.select("table.matrix tbody tr").last().text();
        assertTrue(doNothingLong.contains("12.3") && doNothingLong.contains("+ Positiv"), doNothingLong);

        AlternativeRow doNothing = cases.alternatives(kase).get(0);
        Document sheet = client.page("/consequence/cases/" + kase.id() + "/assess/" + doNothing.id() + "/long");
        String projections = sheet.getElementById("projections-heading").parent().text();
        assertTrue(projections.contains("Matsvinn i skolans måltider"), projections);
        assertTrue(projections.contains("om inget ändras"), projections);
        assertTrue(sheet.getElementById("a-T" + target("12.3")).text().contains("Matsvinn i skolans måltider"));

        List<Evidence> found = evidence.evidenceFor(municipality.id(), List.of(target("12.3"))).stream()
                .filter(e -> e.source().equals("decision") && e.sourceId() == kase.id()).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals("Portionsvågar och daglig svinnmätning i alla kök", found.get(0).label());
        assertEquals(2, found.get(0).total());
    }

    @Test
    void theDecisionBasisReadsRightAsPageAsPdfAndAsDocxInSwedishAndArabic() throws Exception {
        CaseRow kase = cases.list(municipality.id()).stream()
                .filter(c -> c.title().equals(ConsequenceDemo.TITLE)).findFirst().orElseThrow();
        String base = "/consequence/cases/" + kase.id() + "/basis";
        WebClient client = signedIn(admin);
        String page = client.page(base).text();
        assertTrue(page.contains("Beslutsunderlag: " + ConsequenceDemo.TITLE), page);
        assertTrue(page.contains("Rekommendation") && page.contains("Snabb och mätbar effekt"), page);
        assertTrue(page.contains("Riskanalys: vad händer om vi inte gör något?"), page);
        assertTrue(page.contains("Protokollsparagraf § 112"), "the recorded decision is in the basis: " + page);

        byte[] pdf = client.getBytes(base + ".pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        for (String lang : List.of("sv", "ar")) {
            byte[] docx = signedIn(admin).acceptLanguage(lang).getBytes(base + ".docx");
            try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                 var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
                String text = extractor.getText();
                assertTrue(text.contains(ConsequenceDemo.TITLE), text);
                assertTrue(text.contains(lang.equals("ar") ? "أساس القرار" : "Beslutsunderlag"), text);
                assertTrue(text.contains("Portionsvågar och daglig svinnmätning i alla kök"), text);
                assertTrue(text.contains("§ 112") && text.contains("Redovisa svinnet för kommunstyrelsen varje halvår"),
                        text);
            }
        }
        byte[] arabicPdf = signedIn(admin).acceptLanguage("ar").getBytes(base + ".pdf");
        assertEquals("%PDF", new String(arabicPdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void aConflictScoredInAWorkshopIsPrefilledBesideTheTargets() {
        var facilitator = accounts.toUser(admin);
        long food = target("12.3");
        long hunger = target("2.1");
        var workshop = workshops.create(facilitator, "Fullmäktiges seminarium", "", true);
        var matrix = workshops.addActivity(facilitator, workshop.id(), se.samrad.workshop.ActivityKind.SDG_MATRIX,
                "Samspel", "", new se.samrad.workshop.ActivityConfig(List.of(), false, 1, 5, 0, 0, List.of(), 0, null,
                        List.of(food, hunger), false));
        workshops.control(facilitator, workshop.id(), se.samrad.workshop.EventType.STARTED, matrix.id(),
                java.util.Map.of());
        var p = participants.join(workshop, "Anna").participant();
        participants.submit(p, "c", se.samrad.workshop.EventType.SCORE, matrix.id(),
                java.util.Map.of("row", 0, "col", 1, "value", -2));
        WebClient client = signedIn(admin);
        long id = newCase(client, "Konflikt", food, hunger);
        String page = client.page("/consequence/cases/" + id + "/matrix").getElementById("m-interactions").parent()
                .text();
        assertTrue(page.contains("12.3 motverkar 2.1 med −2 i Fullmäktiges seminarium"), page);
    }

    @Test
    void theDemoDecisionHasAPublicFeedbackPageAndItsActionsShowOnTheIndicator() {
        CaseRow kase = cases.list(municipality.id()).stream()
                .filter(c -> c.title().equals(ConsequenceDemo.TITLE)).findFirst().orElseThrow();
        Decisions.Decided decided = decisions.of(kase).orElseThrow();
        assertEquals("§ 112", decided.row().paragraph());
        assertEquals(3, decided.actions().size());
        String feedback = "/feedback/" + decided.row().publicKey();
        WebClient resident = new WebClient(server.getURI());
        Document sv = resident.page(feedback + "?lang=sv");
        assertEquals(ConsequenceDemo.TITLE, sv.selectFirst("p.lead").text());
        assertTrue(sv.text().contains("Portionsvågar och daglig svinnmätning i alla kök"), sv.text());
        assertTrue(sv.selectFirst("ul.feedback-actions").text()
                .contains("Redovisa svinnet för kommunstyrelsen varje halvår"), sv.text());
        Document ar = resident.page(feedback + "?lang=ar");
        assertEquals("تقليل هدر الطعام في مطابخ البلدية", ar.selectFirst("p.lead").text());
        assertTrue(ar.selectFirst("ul.feedback-actions").text().contains("عرض الهدر على مجلس البلدية كل نصف سنة"));

        long indicator = decisions.indicatorChoices(kase).get(0).id();
        Document page = signedIn(admin).page("/indicators/" + indicator);
        List<String> actions = page.select("ul.follow-up-actions li").eachText();
        assertEquals(2, actions.size(), actions.toString());
        assertTrue(actions.get(0).contains("Portionsvågar och daglig svinnmätning i alla kök ("
                + ConsequenceDemo.TITLE + ", beslutat 2026-11-24)"), actions.toString());
    }
}
