package se.samrad.consequence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.WebClient;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Who was not heard" names the stakeholder organisations linked to a case that have no engagement in its
 * dialogues or workshops, on the page and in the PDF; one that took part in a linked workshop is not named, and
 * another organisation's stakeholder linked by its id adds nothing.
 */
@MicronautTest(transactional = false)
class UnheardStakeholdersTest extends ConsequenceIntegrationTest {

    static final String LEAD = "Intressenter som är kopplade till ärendet men inte har deltagit i dess dialoger eller"
            + " workshoppar:";

    WebClient admin;
    String heard;
    String silent;
    long foreign;
    long kase;

    @BeforeAll
    void data() {
        Account account = fixtures.account(fixtures.organisation("Hörselby"), Role.ORG_ADMIN, Role.ANALYST);
        admin = signedIn(account);
        heard = Fixtures.unique("Pensionärsföreningen");
        silent = Fixtures.unique("Ungdomsrådet");
        long heardId = stakeholder(admin, heard);
        long silentId = stakeholder(admin, silent);
        WebClient stranger = signedIn(fixtures.account(fixtures.organisation("Främlingsby"), Role.ORG_ADMIN));
        foreign = stakeholder(stranger, Fixtures.unique("Främmande föreningen"));
        admin.post("/stakeholders/organisations/" + heardId + "/engagements", "kind", "WORKSHOP", "issueRef", "4711",
                "occurredOn", "2026-10-01", "summary", "Deltog i workshoppen").expect(303);
        kase = caseAt(admin.post("/consequence/new", Map.of("title", "Ny busslinje", "decidingBody",
                "Kommunstyrelsen", "workshops", "4711", "stakeholders", heardId + ", " + silentId + ", " + foreign))
                .expect(303).location());
    }

    static long stakeholder(WebClient client, String name) {
        String location = client.post("/stakeholders/new-organisation", "name", name, "kind", "CIVIL_SOCIETY")
                .expect(303).location();
        return Long.parseLong(location.replaceAll(".*/organisations/(\\d+).*", "$1"));
    }

    @Test
    void theLinkedStakeholdersWhoDidNotTakePartAreNamed() throws Exception {
        var page = admin.page("/consequence/cases/" + kase + "/basis");
        assertTrue(page.text().contains(LEAD), page.text());
        assertEquals(List.of(silent), page.select("ul.not-heard-stakeholders li").eachText());
        assertFalse(page.text().contains("Främmande föreningen"), "another organisation's stakeholder adds nothing");

        try (PDDocument pdf = Loader.loadPDF(admin.getBytes("/consequence/cases/" + kase + "/basis.pdf"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains(silent), text);
            assertFalse(text.contains(heard), text);
        }
    }

    @Test
    void aCaseWithoutLinkedStakeholdersNamesNone() {
        long other = newCase(admin, "Utan intressenter");
        var page = admin.page("/consequence/cases/" + other + "/basis");
        assertNull(page.selectFirst("ul.not-heard-stakeholders"));
        assertFalse(page.text().contains(LEAD));
    }
}
