package se.samrad.stakeholder;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Documents on stakeholder organisations and their timeline entries: what is taken (by content, not by name), the
 * errors on the form, downloads, roles, another organisation's 404, merging, and a person's export and erasure.
 */
@MicronautTest(transactional = false)
class DocumentTest extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n% avtal\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;

    Account admin;
    Account analyst;
    Account council;
    Account stranger;

    @BeforeAll
    void people() {
        Organisation home = fixtures.organisation("Avtalsby");
        admin = fixtures.account(home, Role.ORG_ADMIN);
        analyst = fixtures.account(home, Role.ANALYST);
        council = fixtures.account(home, Role.COUNCIL_MEMBER);
        stranger = fixtures.account(fixtures.organisation("Grannby"), Role.ORG_ADMIN);
    }

    WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    static long organisation(WebClient client, String name) {
        String location = client.post("/stakeholders/new-organisation", "name", Fixtures.unique(name),
                "kind", "COMPANY").expect(303).location();
        return Long.parseLong(location.replaceAll(".*/organisations/(\\d+).*", "$1"));
    }

    static WebClient.Response upload(WebClient client, long org, String kind, String entry, String name, byte[] file) {
        return client.multipart("/stakeholders/organisations/" + org + "/documents",
                Map.of("documentKind", kind, "entry", entry), name, file);
    }

    static long onlyDocument(Document page) {
        return Long.parseLong(page.selectFirst("a[href^=/stakeholders/documents/]").attr("href").replaceAll("\\D", ""));
    }

    @Test
    void anAnalystAttachesASignedAgreementToAnEntryAndEveryReaderDownloadsIt() {
        WebClient client = signedIn(analyst);
        long org = organisation(client, "Bostadsbolaget");
        client.post("/stakeholders/organisations/" + org + "/engagements", "kind", "AGREEMENT",
                "agreementKind", "COLLABORATION", "occurredOn", "2025-03-01", "expiresOn", "2027-03-01",
                "summary", "Samverkansavtal om trygghet").expect(303);
        Document page = client.page("/stakeholders/organisations/" + org);
        String entry = page.select("#entry option").stream().filter(o -> o.text().contains("Samverkansavtal"))
                .findFirst().orElseThrow().val();

        WebClient.Response done = upload(client, org, "AGREEMENT", entry, "../../skanner/avtal slutligt", PDF);
        assertEquals(303, done.status(), done.body());
        Document after = client.page(done.location());
        assertEquals("Dokumentet är bifogat.", after.selectFirst(".notice").text());
        String item = after.selectFirst("#documents-heading + ul li").text();
        assertTrue(item.startsWith("Avtal eller överenskommelse: avtal slutligt.pdf"), item);
        assertTrue(item.contains("hör till en post i tidslinjen"), item);

        long id = onlyDocument(after);
        WebClient reader = signedIn(council);
        WebClient.Response file = reader.get("/stakeholders/documents/" + id);
        assertEquals(200, file.status());
        assertEquals("application/pdf", file.header("Content-Type"));
        assertEquals("attachment; filename*=UTF-8''avtal%20slutligt.pdf", file.header("Content-Disposition"));
        assertEquals("nosniff", file.header("X-Content-Type-Options"));
        assertArrayEquals(PDF, reader.getBytes("/stakeholders/documents/" + id));
        Document councilPage = reader.page("/stakeholders/organisations/" + org);
        assertTrue(councilPage.select("form[action$=/documents]").isEmpty(), "council members only read");
        assertEquals(403, reader.post("/stakeholders/documents/" + id + "/delete").status());
        assertEquals(403, upload(reader, org, "PROTOCOL", "", "p.pdf", PDF).status());

        assertEquals(303, client.post("/stakeholders/documents/" + id + "/delete").status());
        assertEquals("Inga dokument än.", client.page("/stakeholders/organisations/" + org)
                .selectFirst("#documents-heading + p").text());
        assertEquals(404, reader.get("/stakeholders/documents/" + id).status());
    }

    @Test
    void whatIsNotAPdfOrImageTooLargeOrWithoutAKindGetsTheErrorOnTheForm() {
        WebClient client = signedIn(analyst);
        long org = organisation(client, "Felföreningen");
        WebClient.Response exe = upload(client, org, "PROTOCOL", "", "protokoll.pdf", "MZ\u0090 program".getBytes());
        assertEquals(422, exe.status());
        assertEquals("Bara PDF och bilder (PNG, JPEG, WebP) kan bifogas.",
                Jsoup.parse(exe.body()).selectFirst("#file-error").ownText());
        assertEquals("PROTOCOL", Jsoup.parse(exe.body()).selectFirst("#documentKind option[selected]").val(),
                "the kind chosen is kept");
        WebClient.Response noKind = upload(client, org, "", "", "protokoll.pdf", PDF);
        assertEquals(422, noKind.status());
        assertTrue(Jsoup.parse(noKind.body()).selectFirst("#documentKind-error") != null, noKind.body());
        byte[] big = new byte[StakeholderDocuments.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        WebClient.Response tooBig = upload(client, org, "PROTOCOL", "", "stor.pdf", big);
        assertEquals(413, tooBig.status());
        assertEquals("Filen är större än 8 MB.", Jsoup.parse(tooBig.body()).selectFirst("#file-error").ownText());
        WebClient.Response overServerLimit = upload(client, org, "PROTOCOL", "", "enorm.pdf", new byte[11 * 1024 * 1024]);
        assertEquals(413, overServerLimit.status());
        assertEquals("Filen är större än 8 MB.",
                Jsoup.parse(overServerLimit.body()).selectFirst("#file-error").ownText());
        assertEquals("Inga dokument än.", client.page("/stakeholders/organisations/" + org)
                .selectFirst("#documents-heading + p").text(), "nothing was kept");
    }

    @Test
    void anotherOrganisationGetsNotFoundForEveryDocumentRoute() {
        WebClient client = signedIn(admin);
        long org = organisation(client, "Hemligbolaget");
        assertEquals(303, upload(client, org, "LETTER_OF_INTENT", "", "hemlig.pdf", PDF).status());
        long id = onlyDocument(client.page("/stakeholders/organisations/" + org));

        WebClient other = signedIn(stranger);
        for (WebClient.Response r : List.of(other.get("/stakeholders/documents/" + id),
                other.post("/stakeholders/documents/" + id + "/delete"),
                upload(other, org, "PROTOCOL", "", "in.pdf", PDF))) {
            assertEquals(404, r.status(), r.body());
            assertFalse(r.body().contains("hemlig") || r.body().contains("Hemligbolaget"), r.body());
        }
        assertEquals(1, client.page("/stakeholders/organisations/" + org)
                .select("a[href^=/stakeholders/documents/]").size(), "still there");
    }

    @Test
    void aDocumentOnAnEntryNamingAPersonIsForAdminsInTheirExportAndGoneWhenTheyAreErased() {
        WebClient client = signedIn(admin);
        long org = organisation(client, "Personbolaget");
        String location = client.post("/stakeholders/new-contact", "name", "Rut Avtalsdotter", "email",
                "rut@example.se", "lawfulBasis", "PUBLIC_TASK").expect(303).location();
        long person = Long.parseLong(location.replaceAll(".*/contacts/(\\d+).*", "$1"));
        client.post("/stakeholders/contacts/" + person + "/roles", "other", org, "label", "VD").expect(303);
        client.post("/stakeholders/organisations/" + org + "/engagements", "kind", "MEETING", "other", person,
                "occurredOn", "2025-05-01", "summary", "Möte om avtalet").expect(303);
        String entry = client.page("/stakeholders/organisations/" + org).select("#entry option").stream()
                .filter(o -> o.text().contains("Möte om avtalet")).findFirst().orElseThrow().val();
        assertEquals(303, upload(client, org, "PROTOCOL", entry, "protokoll-rut.pdf", PDF).status());
        assertEquals(303, upload(client, org, "AGREEMENT", "", "avtal.pdf", PDF).status());

        Document adminPage = client.page("/stakeholders/organisations/" + org);
        assertEquals(2, adminPage.select("a[href^=/stakeholders/documents/]").size());
        long personal = Long.parseLong(adminPage.select("a[href^=/stakeholders/documents/]").stream()
                .filter(a -> a.text().equals("protokoll-rut.pdf")).findFirst().orElseThrow().attr("href")
                .replaceAll("\\D", ""));

        WebClient staff = signedIn(analyst);
        Document staffPage = staff.page("/stakeholders/organisations/" + org);
        assertEquals(List.of("avtal.pdf"), staffPage.select("a[href^=/stakeholders/documents/]").eachText(),
                "a document that concerns a person is for admins");
        assertTrue(staffPage.select("#entry option").stream().noneMatch(o -> o.val().equals(entry)));
        WebClient.Response refused = staff.get("/stakeholders/documents/" + personal);
        assertEquals(403, refused.status());
        assertFalse(refused.body().contains("protokoll-rut"), refused.body());
        assertEquals(422, upload(staff, org, "PROTOCOL", entry, "mer.pdf", PDF).status(),
                "nor can they attach one to the person's entry");

        String export = client.okJson("/api/v1/stakeholders/contacts/" + person + "/export").body();
        assertTrue(export.contains("\"fileName\":\"protokoll-rut.pdf\""), export);
        assertFalse(export.contains("avtal.pdf"), "the organisation's own document is not the person's");

        client.post("/stakeholders/contacts/" + person + "/erase", "confirm", "on").expect(303);
        assertEquals(List.of("avtal.pdf"), client.page("/stakeholders/organisations/" + org)
                .select("a[href^=/stakeholders/documents/]").eachText());
        assertEquals(404, client.get("/stakeholders/documents/" + personal).status());
    }

    @Test
    void mergingMovesTheDocumentsToTheOrganisationKept() {
        WebClient client = signedIn(analyst);
        long kept = organisation(client, "Vattenbolaget");
        long duplicate = organisation(client, "Vattenbolaget dubblett");
        assertEquals(303, upload(client, duplicate, "AGREEMENT", "", "vattenavtal.pdf", PDF).status());
        client.post("/stakeholders/organisations/" + duplicate + "/merge", "into", kept).expect(303);
        assertEquals(List.of("vattenavtal.pdf"), client.page("/stakeholders/organisations/" + kept)
                .select("a[href^=/stakeholders/documents/]").eachText());
    }
}
