package se.samrad.consequence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.platform.web.DocumentSlots;
import se.samrad.support.WebClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The decision basis under load: documents beyond the server's slots are refused with a translated 503 and
 * Retry-After instead of exhausting the heap; many PDFs at once all come out whole (each rendering has a parsed
 * font of its own); the basis is built once per version of the case and a change shows at once.
 */
@MicronautTest(transactional = false)
class DecisionBasisUnderLoadTest extends ConsequenceIntegrationTest {

    @Inject DocumentSlots slots;
    @Inject DecisionBasis basis;
    @Inject Cases cases;

    Organisation home;
    WebClient owner;
    WebClient arabic;
    long caseId;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("samrad.documents.concurrent", "2", "samrad.documents.wait", "300ms");
    }

    @BeforeAll
    void data() {
        home = fixtures.organisation("Underlag");
        Account account = fixtures.account(home, Role.ANALYST);
        owner = signedIn(account);
        // ?lang= is remembered for the session: Arabic requests go through a session of their own.
        arabic = signedIn(account);
        caseId = newCase(owner, "Minska matsvinnet i kommunens kök", target("12.3"));
        owner.post("/consequence/cases/" + caseId + "/alternatives/new", Map.of("title", "Portionsvågar",
                "priority", "1", "priorityReason", "Snabb effekt")).expect(303);
    }

    @Test
    void beyondTheSlotsTheServerSaysItIsBusyInTheReadersLanguage() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch held = new CountDownLatch(2);
        ExecutorService holders = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 2; i++) {
                holders.submit(() -> slots.run(() -> {
                    held.countDown();
                    await(release);
                    return null;
                }));
            }
            held.await();
            WebClient.Response busy = owner.get("/consequence/cases/" + caseId + "/basis.pdf");
            assertEquals(503, busy.status(), busy.body());
            assertEquals("5", busy.header("Retry-After"));
            assertTrue(busy.document().text().contains("Servern skapar många dokument just nu"), busy.body());
            WebClient.Response inArabic = arabic.get("/consequence/cases/" + caseId + "/basis.docx?lang=ar");
            assertEquals(503, inArabic.status(), inArabic.body());
            assertTrue(inArabic.document().text().contains("يُنشئ الخادم مستندات كثيرة الآن"), inArabic.body());
        } finally {
            release.countDown();
            holders.shutdown();
        }
        // Once the slots are free again, both documents come.
        assertTrue(owner.getBytes("/consequence/cases/" + caseId + "/basis.pdf").length > 1000);
        assertTrue(owner.getBytes("/consequence/cases/" + caseId + "/basis.docx").length > 1000);
        assertEquals(2, slots.free());
    }

    @Test
    void manyPdfsAtOnceAllComeOutWholeOrAreToldToWait() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                pdfs.add(clients.submit(() -> {
                    for (int attempt = 0; ; attempt++) {
                        WebClient.Response r = arabic.get("/consequence/cases/" + caseId + "/basis.pdf?lang=ar");
                        if (r.status() != 503 || attempt > 50) {
                            return arabic.getBytes("/consequence/cases/" + caseId + "/basis.pdf?lang=ar");
                        }
                        Thread.sleep(100);
                    }
                }));
            }
            for (Future<byte[]> pdf : pdfs) {
                try (PDDocument document = Loader.loadPDF(pdf.get())) {
                    String text = new PDFTextStripper().getText(document);
                    assertTrue(text.contains("Minska matsvinnet i kommunens kök"), text);
                    assertTrue(text.contains("Portionsvågar"), text);
                }
            }
        } finally {
            clients.shutdown();
        }
    }

    @Test
    void theBasisIsBuiltOncePerVersionAndAChangeShowsAtOnce() {
        long id = newCase(owner, "Version", target("12.3"));
        CaseRow kase = cases.get(home.id(), id);
        DecisionBasis.Basis first = basis.of(kase, "sv");
        assertSame(first, basis.of(kase, "sv"), "the same version is not built again");
        assertNotSame(first, basis.of(kase, "ar"), "each language has its own");

        owner.post("/consequence/cases/" + id + "/alternatives/new", Map.of("title", "Förbeställning",
                "priority", "1", "priorityReason", "Minst svinn")).expect(303);
        String page = owner.page("/consequence/cases/" + id + "/basis").text();
        assertTrue(page.contains("Alternativ A Förbeställning: Minst svinn"), page);
        assertNotSame(first, basis.of(kase, "sv"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
