package se.samrad.library;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Small real PDFs for tests. */
public final class Pdfs {

    private Pdfs() {
    }

    public static byte[] withText(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A "PDF bomb": a small file whose one page's content stream inflates to {@code megabytes} MB of text
     * operators (deflate packs the repetition about a thousandfold).
     */
    public static byte[] bomb(int megabytes) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            PDStream content = new PDStream(document);
            byte[] chunk = "BT /F1 12 Tf 72 700 Td (svinn och kompost) Tj ET\n".getBytes(StandardCharsets.US_ASCII);
            try (OutputStream stream = content.createOutputStream(COSName.FLATE_DECODE)) {
                for (long written = 0; written < megabytes * 1024L * 1024; written += chunk.length) {
                    stream.write(chunk);
                }
            }
            page.setContents(content);
            document.save(out);
            return out.toByteArray();
        }
    }
}
