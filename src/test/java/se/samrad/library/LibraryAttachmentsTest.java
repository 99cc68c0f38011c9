package se.samrad.library;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attachments as uploaded over HTTP: files up to 8 MB are taken and larger ones get the error on the form
 * (also past the server's request limit); a PDF's text is extracted after the upload is acknowledged, within
 * bounds, and what a restart interrupted is extracted at the next start; concurrent uploads to one example take
 * turns; the CSV export neutralises formulas.
 */
@MicronautTest(transactional = false)
class LibraryAttachmentsTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject Library library;
    @Inject GoalCatalogue catalogue;
    @Inject AttachmentRowRepository attachments;
    @Inject AttachmentTexts texts;

    Account admin;
    CurrentUser user;

    @BeforeAll
    void people() {
        Organisation org = fixtures.organisation("Bilageby");
        admin = fixtures.account(org, Role.ORG_ADMIN);
        user = directory.toUser(admin);
    }

    private WebClient signedIn() {
        WebClient client = new WebClient(server.getURI());
        client.signIn(admin.email(), Fixtures.PASSWORD);
        return client;
    }

    private long example(String title) {
        Example created = library.create(user, LibraryFixtures.draft(catalogue, title, "Sammanfattning", "Åtgärder",
                Visibility.PUBLIC, null, "12.3"));
        library.publish(user, created.id(), "");
        return created.id();
    }

    /** A PNG's signature and then bytes as random as compressed image data. */
    private static byte[] png(int size) {
        byte[] file = new byte[size];
        new java.util.Random(size).nextBytes(file);
        System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, file, 0, 8);
        return file;
    }

    private static WebClient.Response upload(WebClient client, long example, String name, byte[] file) {
        return client.multipart("/library/examples/" + example + "/attachments", Map.of(), name, file);
    }

    @Test
    void filesUpTo8MbAreTakenAndLargerOnesGetTheErrorOnTheForm() {
        WebClient client = signedIn();
        long id = example("Bilder i alla storlekar");
        assertEquals(303, upload(client, id, "liten.png", png(2 * 1024 * 1024)).status(), "over Micronaut's 1 MB");
        assertEquals(303, upload(client, id, "precis.png", png(Attachments.MAX_BYTES)).status());
        for (int size : new int[]{Attachments.MAX_BYTES + 1, 11 * 1024 * 1024}) {
            long t0 = System.nanoTime();
            WebClient.Response refused = upload(client, id, "stor.png", png(size));
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(millis < 10_000, size + " bytes answered at once, not after the upload stalls: " + millis + " ms");
            assertEquals(413, refused.status(), size + " bytes: " + refused.body());
            Document page = Jsoup.parse(refused.body());
            assertEquals("Filen är större än 8 MB.", page.selectFirst("#file-error").ownText(), size + " bytes");
            assertNotNull(page.selectFirst("form[enctype=multipart/form-data] input#file"), "the form is there again");
        }
        assertEquals(List.of("liten.png", "precis.png"), library.visible(user, id).attachments().stream()
                .map(Attachment::fileName).toList());
    }

    @Test
    void aPdfBombIsAcknowledgedAtOnceAndItsTextLeftOutWhileAnOrdinaryPdfBecomesSearchable() throws Exception {
        WebClient client = signedIn();
        long id = example("Rapport med bomb");
        byte[] bomb = Pdfs.bomb(48);
        assertEquals(200, new WebClient(server.getURI()).get("/library?q=kompost").status(), "a first search warms up");
        long started = System.nanoTime();
        assertEquals(303, upload(client, id, "bomb.pdf", bomb).status());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 3_000, "the upload does not wait for the extraction: " + millis + " ms");
        for (int i = 0; i < 2; i++) {
            assertEquals(303, upload(client, id, "bomb-" + i + ".pdf", bomb).status());
        }
        long searching = System.nanoTime();
        assertEquals(200, new WebClient(server.getURI()).get("/library?q=kompost").status());
        long searchMillis = (System.nanoTime() - searching) / 1_000_000;
        assertTrue(searchMillis < 2_000, "a search while three bombs wait for extraction: " + searchMillis + " ms");
        assertEquals(303, upload(client, id, "rapport.pdf", Pdfs.withText("Maskkompostering i bostadsområdet"))
                .status());
        assertTrue(LibraryPagesTest.eventually(() -> attachments.pendingTexts().isEmpty()), "both extracted");
        List<AttachmentRow> rows = attachments.findAll().stream().filter(a -> a.exampleId() == id).toList();
        assertEquals(3, rows.stream().filter(a -> a.fileName().startsWith("bomb")).count());
        for (AttachmentRow stored : rows.stream().filter(a -> a.fileName().startsWith("bomb")).toList()) {
            assertNull(stored.extractedText(), "beyond the bounds: attached without text");
            assertEquals(bomb.length, stored.content().length, "and stored whole");
        }
        assertTrue(LibraryPagesTest.eventually(() -> new WebClient(server.getURI())
                .get("/library?q=maskkompostering").body().contains("Rapport med bomb")));
        assertEquals(200, client.get("/library/examples/" + id).status());
    }

    @Test
    void anExtractionARestartInterruptedIsDoneAtTheNextStart() throws Exception {
        long id = example("Avbruten extrahering");
        byte[] pdf = Pdfs.withText("Fjärrvärme i gamla hus");
        AttachmentRow saved = attachments.save(new AttachmentRow(null, id, "avbruten.pdf", Attachments.PDF, pdf.length,
                pdf, null, true, admin.id(), Instant.now()));
        texts.onApplicationEvent(null);
        assertTrue(LibraryPagesTest.eventually(() -> attachments.findById(saved.id()).orElseThrow().extractedText() != null));
        assertEquals("Fjärrvärme i gamla hus", attachments.findById(saved.id()).orElseThrow().extractedText());
        assertTrue(LibraryPagesTest.eventually(() -> new WebClient(server.getURI()).get("/library?q=fjärrvärme").body()
                .contains("Avbruten extrahering")));
    }

    @Test
    void fourteenConcurrentUploadsToOneExampleTakeTurnsAndTheLimitHolds() throws Exception {
        long id = example("Många bilagor samtidigt");
        int uploads = 14;
        List<WebClient> clients = new ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            clients.add(signedIn());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                WebClient client = clients.get(i);
                String name = "bild-" + i + ".png";
                statuses.add(pool.submit(() -> {
                    start.await();
                    return upload(client, id, name, png(64 * 1024)).status();
                }));
            }
            start.countDown();
            int[] counted = new int[600];
            for (Future<Integer> status : statuses) {
                counted[status.get()]++;
            }
            assertEquals(Attachments.MAX_PER_EXAMPLE, counted[303], Arrays.toString(statuses.stream()
                    .map(f -> f.resultNow()).toArray()));
            assertEquals(uploads - Attachments.MAX_PER_EXAMPLE, counted[422], "the rest are told the limit");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Attachments.MAX_PER_EXAMPLE, library.visible(user, id).attachments().size());
    }

    @Test
    void theCsvExportNeutralisesFormulasAndStartsWithAByteOrderMark() {
        Example created = library.create(user, LibraryFixtures.draft(catalogue, "=HYPERLINK(\"http://evil.example\",\"x\")",
                "@SUM(1+1)", "+cmd|' /C calc'!A0", Visibility.PUBLIC, null, "12.3"));
        WebClient.Response export = signedIn().get("/library/export?format=csv");
        assertEquals(200, export.status());
        assertTrue(export.body().startsWith("\uFEFFtitle,"), export.body().substring(0, 20));
        assertTrue(export.body().contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""), export.body());
        assertTrue(export.body().contains("'@SUM(1+1)"));
        assertTrue(export.body().contains("'+cmd|' /C calc'!A0"));
        assertFalse(export.body().contains(",=HYPERLINK") || export.body().contains("\"=HYPERLINK"));
        library.delete(user, created.id());
    }
}
