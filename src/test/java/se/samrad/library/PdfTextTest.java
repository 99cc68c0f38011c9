package se.samrad.library;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text extraction within bounds: a PDF bomb is given up on quickly, by its inflated size or by the clock. */
class PdfTextTest {

    static final PdfText.Limits LIMITS = new PdfText.Limits(32L * 1024 * 1024, 1000, Duration.ofSeconds(20), 200_000);

    @Test
    void anOrdinaryPdfGivesItsText() throws Exception {
        assertEquals("Vermikompostering i kvarteret", PdfText.extract(Pdfs.withText("Vermikompostering i kvarteret"),
                LIMITS));
    }

    @Test
    void contentInflatingBeyondTheLimitIsRefusedWithoutBeingWalked() throws Exception {
        byte[] bomb = Pdfs.bomb(48);
        assertTrue(bomb.length < 200 * 1024, "a small file: " + bomb.length);
        long started = System.nanoTime();
        PdfText.TooCostly refused = assertThrows(PdfText.TooCostly.class, () -> PdfText.extract(bomb, LIMITS));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(refused.getMessage().contains("inflate"), refused.getMessage());
        assertTrue(millis < 5_000, "refused after reading 32 MB, not parsing 48: " + millis + " ms");
    }

    @Test
    void anExtractionPastItsTimeStops() throws Exception {
        byte[] bomb = Pdfs.bomb(16);
        PdfText.Limits quick = new PdfText.Limits(64L * 1024 * 1024, 1000, Duration.ofMillis(300), 200_000);
        long started = System.nanoTime();
        PdfText.TooCostly refused = assertThrows(PdfText.TooCostly.class, () -> PdfText.extract(bomb, quick));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(refused.getMessage().contains("too long"), refused.getMessage());
        assertTrue(millis < 3_000, "stopped near its deadline: " + millis + " ms");
    }

    @Test
    void onlyTheFirstPagesAreRead() throws Exception {
        PdfText.Limits onePage = new PdfText.Limits(32L * 1024 * 1024, 0, Duration.ofSeconds(20), 200_000);
        assertEquals("", PdfText.extract(Pdfs.withText("Sidan efter gränsen"), onePage));
    }
}
