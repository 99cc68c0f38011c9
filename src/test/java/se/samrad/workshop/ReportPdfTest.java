package se.samrad.workshop;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import se.samrad.platform.pdf.PdfRenderer;

import java.io.File;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;

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
        byte[] pdf = new ReportExports(new PdfRenderer(FONT)).pdf(xhtml);
        String text;
        StringBuilder glyphs = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    positions.forEach(p -> glyphs.append(p.getUnicode()));
                    super.writeString(string, positions);
                }
            };
            text = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC);
        }
        assertTrue(text.contains("Idéer från gruppen"), text);
        // The text stripper reads glyphs right to left where they are Arabic script and undoes the shaping
        // (and NFKC what it leaves): laid out in logical order, unshaped, this would come back reversed.
        assertTrue(text.contains("نحتاج حافلات أكثر"), text);
        assertTrue(text.contains("پارک بیشتر"), text);
        // Persian's own letters are drawn joined too: peh initial (U+FB58), Farsi yeh final (U+FBFD) before the
        // zero-width non-joiner of می‌خواهیم and medial (U+FBFF) in it, each glyph as drawn; ICU's shaping left
        // them isolated (U+067E, U+06CC).
        String drawn = glyphs.toString();
        assertTrue(drawn.contains("\uFB58") && drawn.contains("\uFBFD") && drawn.contains("\uFBFF"), drawn);
    }
}
