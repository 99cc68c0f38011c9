package se.samrad.stakeholder;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.csv.Csv;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV and XLSX import (dry run, row errors, matching by number, duplicates) and export of the register. */
@MicronautTest(transactional = false)
class ImportExportTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;

    Account admin;
    Account analyst;
    Account council;
    Account stranger;

    @BeforeAll
    void people() {
        Organisation home = fixtures.organisation("Importby");
        admin = fixtures.account(home, Role.ORG_ADMIN);
        analyst = fixtures.account(home, Role.ANALYST);
        council = fixtures.account(home, Role.COUNCIL_MEMBER);
        stranger = fixtures.account(fixtures.organisation("Grannby"), Role.ORG_ADMIN);
        WebClient client = signedIn(analyst);
        client.post("/stakeholders/new-organisation", "name", "Befintliga Bolaget", "kind", "COMPANY",
                "orgNumber", "556000-0019").expect(303);
        client.post("/stakeholders/new-organisation", "name", "Scouterna", "kind", "CIVIL_SOCIETY").expect(303);
    }

    WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    static byte[] csv(String text) {
        return (Csv.BOM + text).getBytes(StandardCharsets.UTF_8);
    }

    List<String> names(WebClient client) {
        return client.page("/stakeholders").select("table[aria-labelledby=organisations-heading] tbody th").eachText();
    }

    @Test
    void everyRowErrorIsReportedAndNothingIsImported() {
        WebClient client = signedIn(analyst);
        byte[] file = csv("name;kind;org_number;web\r\nNya Föreningen;civil_society;;\r\n"
                + "Fel Nummer AB;COMPANY;556000-0018;\r\n;ALIEN;;ftp://x\r\n");
        Document page = client.multipart("/stakeholders/import", Map.of(), "register.csv", file).expect(422)
                .document();
        List<String> rows = page.select("[aria-labelledby=report-heading] tbody tr").eachText();
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("2 Nya Föreningen Ny"), rows.get(0));
        assertTrue(rows.get(1).startsWith("3 Fel Nummer AB Fel") && rows.get(1).contains("Organisationsnummer"),
                rows.get(1));
        assertTrue(rows.get(2).contains("Namn") && rows.get(2).contains("Slag") && rows.get(2).contains("Webbplats"),
                rows.get(2));
        assertFalse(names(client).contains("Nya Föreningen"));
    }

    @Test
    void aDryRunChangesNothingThenTheImportMatchesByNumberAndFlagsDuplicates() {
        WebClient client = signedIn(analyst);
        byte[] file = csv("Name,Kind,Internal,Org_number,Description\r\n"
                + "Befintliga Bolaget i Ny Form,COMPANY,,5560000019,Bytte namn\r\n"
                + "scouterna,CIVIL_SOCIETY,,,\r\n"
                + "Kommunens Fastighetsbolag,COMPANY,ja,556000-0027,\"Rad med, komma\"\r\n");
        Document preview = client.multipart("/stakeholders/import", Map.of("preview", "1"), "r.csv", file)
                .expect(200).document();
        assertEquals("Nya: 1. Uppdaterade: 1. Möjliga dubbletter, utelämnade: 1. Med fel: 0.",
                preview.selectFirst("[aria-labelledby=report-heading] p").text());
        assertFalse(names(client).contains("Kommunens Fastighetsbolag"));

        client.multipart("/stakeholders/import", Map.of(), "r.csv", file).expect(200);
        List<String> after = names(client);
        assertTrue(after.containsAll(List.of("Befintliga Bolaget i Ny Form", "Kommunens Fastighetsbolag",
                "Scouterna")), after.toString());
        assertFalse(after.contains("Befintliga Bolaget"));
        // the same file again changes nothing new: numbered rows update, the rest are flagged
        Document again = client.multipart("/stakeholders/import", Map.of(), "r.csv", file).expect(200).document();
        assertEquals("Nya: 0. Uppdaterade: 2. Möjliga dubbletter, utelämnade: 1. Med fel: 0.",
                again.selectFirst("[aria-labelledby=report-heading] p").text());
        assertEquals(after.size(), names(client).size());
    }

    @Test
    void anXlsxFileImportsLikeACsv() {
        WebClient client = signedIn(admin);
        byte[] xlsx = Sheets.xlsx("Blad1", List.of("name", "kind"),
                List.of(List.of("Länsstyrelsen", "AUTHORITY"), List.of("Polisen Region Mitt", "POLICE")));
        assertEquals(List.of("name", "kind"), Sheets.read(xlsx).get(0).cells());
        Document page = client.multipart("/stakeholders/import", Map.of(), "lista.xlsx", xlsx).expect(200)
                .document();
        assertEquals("Importen är klar", page.selectFirst("#report-heading").text());
        assertTrue(names(client).containsAll(List.of("Länsstyrelsen", "Polisen Region Mitt")));
        Document broken = client.multipart("/stakeholders/import", Map.of(), "trasig.xlsx",
                new byte[]{'P', 'K', 3, 4, 0, 0}).expect(422).document();
        assertEquals(List.of("#file"), broken.select(".error-summary a").eachAttr("href"));
    }

    @Test
    void theExportNeutralisesFormulasAndGoesBackIn() {
        WebClient client = signedIn(analyst);
        client.post("/stakeholders/new-organisation", "name", "=HYPERLINK(\"http://x\")", "kind", "COMPANY")
                .expect(303);
        WebClient.Response export = client.ok("/stakeholders/export/organisations.csv");
        assertTrue(export.header("Content-Disposition").contains("stakeholder-organisations.csv"));
        assertTrue(export.body().startsWith(Csv.BOM + "name,kind,internal,org_number"), export.body());
        assertTrue(export.body().contains("\"'=HYPERLINK(\"\"http://x\"\")\",COMPANY"), export.body());
        List<Csv.Row> back = Csv.read(export.body());
        assertTrue(back.stream().anyMatch(r -> r.cell(0).equals("=HYPERLINK(\"http://x\")")));
        WebClient.Response xlsx = client.ok("/stakeholders/export/organisations.xlsx");
        assertTrue(xlsx.header("Content-Type").startsWith(ImportExportController.XLSX));
        client.ok("/stakeholders/export/engagements.csv");
        client.get("/stakeholders/export/secrets.csv").expect(404);
    }

    @Test
    void contactsAreExportedForAdminsOnlyAndNothingCrossesOrganisations() {
        signedIn(admin).post("/stakeholders/new-contact", "name", "Exporterad Person", "email", "ep@example.se",
                "lawfulBasis", "PUBLIC_TASK").expect(303);
        assertTrue(signedIn(admin).ok("/stakeholders/export/contacts.csv").body().contains("ep@example.se"));
        assertEquals(403, signedIn(analyst).get("/stakeholders/export/contacts.csv").status());
        signedIn(council).ok("/stakeholders/export/organisations.csv");
        assertEquals(403, signedIn(council).get("/stakeholders/import").status());
        assertEquals(403, signedIn(council).multipart("/stakeholders/import", Map.of(), "r.csv",
                csv("name,kind\r\nX,COMPANY\r\n")).status());
        String theirs = signedIn(stranger).ok("/stakeholders/export/organisations.csv").body();
        assertFalse(theirs.contains("Scouterna"), theirs);
        assertFalse(signedIn(stranger).ok("/stakeholders/export/contacts.csv").body().contains("ep@example.se"));
    }

    @Test
    void contactsImportMatchedByEmailWithTheFormsChecksForAdminsOnly() {
        WebClient client = signedIn(admin);
        byte[] wrong = csv("name,email,lawful_basis,consent_given_on,consent_how\r\n"
                + "Anna Andersson,anna@example.se,public_task,,\r\nBertil Berg,,CONSENT,,\r\n"
                + "Anna Igen,ANNA@example.se,PUBLIC_TASK,,\r\n");
        Document refused = client.multipart("/stakeholders/import-contacts", Map.of(), "kontakter.csv", wrong)
                .expect(422).document();
        List<String> rows = refused.select("[aria-labelledby=report-heading] tbody tr").eachText();
        assertTrue(rows.get(1).contains("Samtycke") || rows.get(1).contains("samtycke"), rows.get(1));
        assertTrue(rows.get(2).contains("E-postadressen står redan på en tidigare rad"), rows.get(2));
        assertFalse(client.page("/stakeholders/contacts").text().contains("Anna Andersson"));

        client.multipart("/stakeholders/import-contacts", Map.of(), "kontakter.csv",
                csv("name,email,lawful_basis\r\nAnna Andersson,anna@example.se,PUBLIC_TASK\r\n")).expect(200);
        Document again = client.multipart("/stakeholders/import-contacts", Map.of(), "kontakter.csv",
                csv("Name;Email;Lawful_basis\r\nAnna Andersson-Berg;anna@example.se;PUBLIC_TASK\r\n")).expect(200)
                .document();
        assertEquals("Nya: 0. Uppdaterade: 1. Möjliga dubbletter, utelämnade: 0. Med fel: 0.",
                again.selectFirst("[aria-labelledby=report-heading] p").text());
        String list = client.page("/stakeholders/contacts").text();
        assertTrue(list.contains("Anna Andersson-Berg"), list);
        assertEquals(403, signedIn(analyst).multipart("/stakeholders/import-contacts", Map.of(), "k.csv",
                csv("name,lawful_basis\r\nX,PUBLIC_TASK\r\n")).status());
        assertTrue(signedIn(analyst).page("/stakeholders/import").select("#contactFile").isEmpty());
    }
}
