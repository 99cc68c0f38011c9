package se.samrad.platform.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.LoggerFactory;
import se.samrad.platform.web.DocumentSlots;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The one way the platform prints: self-contained XHTML (from a template that uses {@code views/platform/pdf.ftl},
 * or a {@link PdfDocument}) rendered to PDF with the report font embedded as "Report Sans", runs split and reordered
 * by the Unicode bidirectional algorithm (each element's {@code dir} gives its base direction) and Arabic-script
 * letters joined into their contextual forms, Persian's own letters included.
 *
 * <p>The font file is read once and parsed fonts are reused: handing openhtmltopdf the file made every document
 * parse the font again and look glyphs up cold (a two-page decision basis allocated 57 MB, 16 MB of it without the
 * font), which 32 documents at once could not fit in a 1 GB heap. A parsed font is not safe for two documents at
 * once, so each rendering borrows one of its own; at most {@link #KEPT_FONTS} are kept between renderings. How
 * many documents are made at once is bounded by {@link DocumentSlots}.
 */
@Singleton
public class PdfRenderer {

    /** Debian's DejaVu Sans (fonts-dejavu-core): Latin, Arabic and Persian letters. */
    public static final String DEFAULT_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /** Parsed fonts kept for the next renderings (about 1–2 MB each). */
    static final int KEPT_FONTS = 8;

    @Nullable
    private final byte[] fontBytes;
    private final BlockingQueue<TrueTypeFont> fonts = new ArrayBlockingQueue<>(KEPT_FONTS);
    private final DocumentSlots slots;

    /** The font of {@code samrad.pdf.font}, else of the older {@code samrad.workshop.pdf-font}, else DejaVu Sans. */
    @Inject
    PdfRenderer(@Nullable @Property(name = "samrad.pdf.font") String font,
                @Nullable @Property(name = "samrad.workshop.pdf-font") String workshopFont, DocumentSlots slots) {
        this(font != null ? font : workshopFont != null ? workshopFont : DEFAULT_FONT, slots);
    }

    /** A renderer of its own (tests), with the default bound on documents at once. */
    public PdfRenderer(String font) {
        this(font, new DocumentSlots(4, Duration.ofSeconds(20)));
    }

    private PdfRenderer(String font, DocumentSlots slots) {
        this.slots = slots;
        byte[] bytes = null;
        try {
            if (Files.isRegularFile(Path.of(font))) {
                bytes = Files.readAllBytes(Path.of(font));
            }
        } catch (IOException e) {
            bytes = null;
        }
        this.fontBytes = bytes;
        if (bytes == null) {
            // Without it the PDF's built-in fonts draw every Arabic, Persian (and some other) letter as '#'.
            LoggerFactory.getLogger(PdfRenderer.class).warn("PDF font {} not found (samrad.pdf.font)", font);
        }
    }

    /** The XHTML as a PDF. */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(xhtml, out);
        return out.toByteArray();
    }

    /**
     * The XHTML as a PDF, written to {@code out}, in one of the server's document slots ({@link DocumentSlots}: a
     * {@link se.samrad.platform.web.BusyException} when none frees up in time).
     */
    public void render(String xhtml, OutputStream out) {
        slots.run(() -> {
            renderNow(xhtml, out);
            return null;
        });
    }

    private void renderNow(String xhtml, OutputStream out) {
        TrueTypeFont font = borrowFont();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ShapingReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            if (font != null) {
                // The document embeds only the glyphs it uses; the parsed font stays ours (not closed with it).
                builder.useFont(new PDFontSupplier(PDType0Font.load(document, font, true)), "Report Sans");
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            giveBack(font);
        }
    }

    @Nullable
    private TrueTypeFont borrowFont() {
        if (fontBytes == null) {
            return null;
        }
        TrueTypeFont kept = fonts.poll();
        if (kept != null) {
            return kept;
        }
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(fontBytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void giveBack(@Nullable TrueTypeFont font) {
        if (font != null && !fonts.offer(font)) {
            try {
                font.close();
            } catch (IOException e) {
                LoggerFactory.getLogger(PdfRenderer.class).debug("closing a parsed font", e);
            }
        }
    }
}
