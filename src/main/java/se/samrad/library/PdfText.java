package se.samrad.library;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

/**
 * The text of a PDF within bounds, since an 8 MB upload can hold a content stream that inflates a thousandfold
 * (a "PDF bomb") or take minutes to walk: PDFBox's stream cache is limited to main memory of a fixed size, the
 * pages' content streams are measured inflated (streaming, stopping at the limit) before any is parsed, only the
 * first pages are read, and the walk stops at a deadline or once enough text is found.
 */
final class PdfText {

    /** How far an extraction may go. */
    record Limits(long maxInflatedBytes, int maxPages, Duration timeout, int maxText) {
    }

    /** The PDF goes beyond a limit; its text is left out. */
    static final class TooCostly extends IOException {
        TooCostly(String message) {
            super(message);
        }
    }

    private PdfText() {
    }

    /** The text (at most {@code maxText} characters), or an exception when the PDF cannot be read within bounds. */
    static String extract(byte[] pdf, Limits limits) throws IOException {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxInflatedBytes()).streamCache)) {
            int pages = Math.min(document.getNumberOfPages(), limits.maxPages());
            long inflated = 0;
            for (int i = 0; i < pages; i++) {
                inflated += inflatedSize(document.getPage(i), limits.maxInflatedBytes() - inflated);
                checkTime(deadline);
            }
            Stripper stripper = new Stripper(deadline, limits.maxText());
            stripper.setEndPage(pages);
            StringWriter out = new StringWriter();
            try {
                stripper.writeText(document, out);
            } catch (Enough e) {
                // enough text for the index: what was found so far is kept
            }
            String text = out.toString().strip();
            return text.length() > limits.maxText() ? text.substring(0, limits.maxText()) : text;
        }
    }

    /** The page's content streams inflated, read as a stream and given up on past {@code left} bytes. */
    private static long inflatedSize(PDPage page, long left) throws IOException {
        if (!page.hasContents()) {
            return 0;
        }
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = page.getContents()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                if (size > left) {
                    throw new TooCostly("content streams inflate beyond the limit");
                }
            }
        }
        return size;
    }

    private static void checkTime(long deadline) throws TooCostly {
        if (System.nanoTime() - deadline > 0) {
            throw new TooCostly("text extraction took too long");
        }
    }

    /** Stops extracting once enough text is found. */
    private static final class Enough extends IOException {
        Enough() {
            super("enough text", null);
        }
    }

    /** A text stripper that looks at the clock at every operator and stops when enough text is written. */
    private static final class Stripper extends PDFTextStripper {
        private final long deadline;
        private final int maxText;
        private long written;
        private int operators;

        Stripper(long deadline, int maxText) {
            this.deadline = deadline;
            this.maxText = maxText;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ((++operators & 0xff) == 0) {
                checkTime(deadline);
            }
            super.processOperator(operator, operands);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            super.writeString(text, positions);
            written += text.length();
            if (written > maxText) {
                throw new Enough();
            }
        }
    }
}
