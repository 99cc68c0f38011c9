package se.samrad.indicator;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.io.File;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The follow-up table as a printable PDF: the same groups and columns as the page, in the reader's language. */
@MicronautTest(transactional = false)
class FollowUpPdfTest extends IntegrationTest {

    private static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject GoalCatalogue catalogue;

    Organisation home;
    WebClient analyst;

    @BeforeAll
    void indicator() {
        home = fixtures.organisation("Utskriftsby");
        analyst = signedIn(home, Role.ANALYST);
        String location = analyst.post("/indicators/new", "title", "Behörighet till yrkesprogram", "koladaId", "",
                "direction", "HIGHER", "steeringDocument", "Skolplan 2030").expect(303).location();
        long id = Long.parseLong(location.replaceAll(".*/indicators/(\\d+).*", "$1"));
        analyst.post("/indicators/" + id + "/goals", "targets",
                Long.toString(catalogue.element("agenda2030", "4.1", null).id())).expect(303);
        analyst.post("/indicators/" + id + "/values", "series", "OWN", "year", "2018", "value", "80").expect(303);
        analyst.post("/indicators/" + id + "/values", "series", "OWN", "year", "2022", "value", "88").expect(303);
    }

    WebClient signedIn(Organisation organisation, Role role) {
        WebClient client = new WebClient(server.getURI());
        client.signIn(fixtures.account(organisation, role).email(), Fixtures.PASSWORD);
        return client;
    }

    static String text(byte[] pdf) throws IOException {
        assertEquals("%PDF", new String(pdf, 0, 4));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
    }

    @Test
    void inSwedishItHasTheGroupsAndOnlyTheChosenColumns() throws Exception {
        assertTrue(analyst.page("/indicators/follow-up?col=SIGNAL").select("a[href^=/indicators/follow-up.pdf]")
                .attr("href").contains("col=SIGNAL"), "the page links the PDF with the chosen columns");
        String text = text(analyst.getBytes("/indicators/follow-up.pdf?group=GOAL&col=TARGET&col=SIGNAL"));
        assertTrue(text.contains("Uppföljningstabell"), text);
        assertTrue(text.contains("4 "), "the goal is the group's heading: " + text);
        assertTrue(text.contains("Behörighet till yrkesprogram"), text);
        assertTrue(text.contains("Relevant mål") && text.contains("Signal"), text);
        assertTrue(text.contains("4.1 "), text);
        assertFalse(text.contains("Styrdokument"), "a column not chosen is left out: " + text);
        assertFalse(text.contains("Skolplan 2030"), text);
        assertTrue(text.contains("Källa: Kolada"), text);
    }

    /**
     * Each line's glyphs as a right-to-left reader meets them (rightmost first), as drawn. PDFBox's own text order
     * depends on whether a page has more Latin or more Arabic letters, so the test reads positions instead.
     */
    static String rightToLeftLines(byte[] pdf) throws IOException {
        StringBuilder lines = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    positions.stream().sorted(Comparator.comparingDouble(TextPosition::getX).reversed())
                            .forEach(p -> lines.append(p.getUnicode()));
                    lines.append('\n');
                }
            }.getText(document);
        }
        return lines.toString();
    }

    @Test
    void inArabicItIsTranslatedShapedAndInReadingOrder() throws Exception {
        assumeTrue(new File(FONT).isFile(), "needs a font with Arabic letters (Debian's fonts-dejavu-core)");
        analyst.acceptLanguage("ar");
        try {
            byte[] pdf = analyst.getBytes("/indicators/follow-up.pdf?col=SIGNAL");
            assertTrue(text(pdf).contains("Behörighet till yrkesprogram"));
            String drawn = rightToLeftLines(pdf);
            String read = Normalizer.normalize(drawn, Normalizer.Form.NFKC);
            // The title, the column and the lead in their words' reading order; laid out in logical order they
            // would come back reversed.
            assertTrue(read.contains("جدول المتابعة"), read);
            assertTrue(read.contains("الإشارة"), read);
            assertTrue(read.contains("كل غاية مع مؤشراتها"), read);
            // Drawn joined: jeem initial (U+FE9F) of جدول, not the isolated letter (U+062C).
            assertTrue(drawn.contains("\uFE9F") && !drawn.contains("\u062C"), drawn);
        } finally {
            analyst.acceptLanguage("sv");
        }
    }

    @Test
    void onlyTheOrganisationsReadersGetIt() throws Exception {
        WebClient anyone = new WebClient(server.getURI());
        WebClient.Response anonymous = anyone.get("/indicators/follow-up.pdf");
        assertTrue(anonymous.status() == 401 || anonymous.status() == 303, "status " + anonymous.status());
        assertFalse(anonymous.body().contains("%PDF"));
        WebClient coordinator = signedIn(home, Role.NETWORK_COORDINATOR);
        WebClient.Response refused = coordinator.get("/indicators/follow-up.pdf");
        assertEquals(403, refused.status());
        assertFalse(refused.body().contains("%PDF"));
        String elsewhere = text(signedIn(fixtures.organisation("Annanby"), Role.ANALYST)
                .getBytes("/indicators/follow-up.pdf"));
        assertFalse(elsewhere.contains("Behörighet till yrkesprogram"), "another organisation's table: " + elsewhere);
    }
}
