package se.samrad.workshop;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The printable report keeps right-to-left writing readable: Arabic and Persian come out joined and in order. */
class ReportPdfTest {

    private static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    @Test
    void arabicAndPersianAreShapedAndInReadingOrder() throws Exception {
        assumeTrue(new File(FONT).isFile(), "needs a font with Arabic letters (Debian's fonts-dejavu-core)");
        String xhtml = "<html lang=\"sv\"><head><style>body { font-family: 'Report Sans'; }</style></head><body>"
                + "<p>Idéer från gruppen</p>"
                + "<p dir=\"rtl\" lang=\"ar\">نحتاج حافلات أكثر</p>"
                + "<p dir=\"rtl\" lang=\"fa\">پارک بیشتر می‌خواهیم</p></body></html>";
        byte[] pdf = new ReportExports(FONT).pdf(xhtml);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
        assertTrue(text.contains("Idéer från gruppen"), text);
        // The text stripper reads glyphs right to left where they are Arabic script and undoes the shaping
        // (NFKC): laid out in logical order, unshaped, this would come back reversed.
        assertTrue(text.contains("نحتاج حافلات أكثر"), text);
        assertTrue(text.contains("پارک بیشتر"), text);
    }
}
