package se.samrad.platform.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one way the platform prints: self-contained XHTML (from a template that uses {@code views/platform/pdf.ftl},
 * or a {@link PdfDocument}) rendered to PDF with the report font embedded as "Report Sans", runs split and reordered
 * by the Unicode bidirectional algorithm (each element's {@code dir} gives its base direction) and Arabic-script
 * letters joined into their contextual forms, Persian's own letters included.
 */
@Singleton
public class PdfRenderer {

    /** Debian's DejaVu Sans (fonts-dejavu-core): Latin, Arabic and Persian letters. */
    public static final String DEFAULT_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private final String font;

    /** The font of {@code samrad.pdf.font}, else of the older {@code samrad.workshop.pdf-font}, else DejaVu Sans. */
    @Inject
    PdfRenderer(@Nullable @Property(name = "samrad.pdf.font") String font,
                @Nullable @Property(name = "samrad.workshop.pdf-font") String workshopFont) {
        this(font != null ? font : workshopFont != null ? workshopFont : DEFAULT_FONT);
    }

    public PdfRenderer(String font) {
        this.font = font;
        if (!new File(font).isFile()) {
            // Without it the PDF's built-in fonts draw every Arabic, Persian (and some other) letter as '#'.
            LoggerFactory.getLogger(PdfRenderer.class).warn("PDF font {} not found (samrad.pdf.font)", font);
        }
    }

    /** The XHTML as a PDF. */
    public byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ShapingReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            File file = new File(font);
            if (file.isFile()) {
                builder.useFont(file, "Report Sans");
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
