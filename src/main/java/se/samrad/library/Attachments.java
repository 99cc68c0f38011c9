package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samrad.platform.InvalidRequestException;

import java.io.IOException;
import java.util.Arrays;

/**
 * What may be attached to an example: PDFs and images (PNG, JPEG, WebP), recognised by their first bytes rather
 * than by what the browser claims, up to {@link #MAX_BYTES}. The text of a PDF is extracted with Apache PDFBox
 * so that the example is found by it.
 */
public final class Attachments {

    public static final int MAX_BYTES = 8 * 1024 * 1024;
    public static final int MAX_PER_EXAMPLE = 10;
    /** Extracted text beyond this is left out of the index. */
    static final int MAX_TEXT = 200_000;
    private static final Logger LOG = LoggerFactory.getLogger(Attachments.class);

    private Attachments() {
    }

    /** A checked upload: its type as recognised and, for a PDF, its text. */
    public record Checked(String fileName, String contentType, byte[] content, @Nullable String text) {
    }

    public static Checked check(@Nullable String fileName, byte[] content) {
        if (content.length == 0) {
            throw new InvalidRequestException("library.error.attachment-empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidRequestException("library.error.attachment-size");
        }
        String type = sniff(content);
        if (type == null) {
            throw new InvalidRequestException("library.error.attachment-type");
        }
        String name = safeName(fileName, type);
        return new Checked(name, type, content, type.equals("application/pdf") ? pdfText(content) : null);
    }

    static @Nullable String sniff(byte[] c) {
        if (starts(c, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (starts(c, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return "image/png";
        }
        if (starts(c, new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return "image/jpeg";
        }
        if (c.length > 12 && starts(c, "RIFF".getBytes()) && Arrays.equals(Arrays.copyOfRange(c, 8, 12), "WEBP".getBytes())) {
            return "image/webp";
        }
        return null;
    }

    /** The PDF's text, or empty for a PDF that cannot be read (scanned, encrypted, damaged): it is still attached. */
    static String pdfText(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            String text = new PDFTextStripper().getText(document).strip();
            return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        } catch (IOException e) {
            LOG.info("No text extracted from an attached PDF: {}", e.getMessage());
            return "";
        }
    }

    private static String safeName(@Nullable String fileName, String type) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = "attachment";
        }
        if (base.length() > 200) {
            base = base.substring(base.length() - 200);
        }
        String extension = switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> ".webp";
        };
        return base.toLowerCase(java.util.Locale.ROOT).endsWith(extension)
                || (type.equals("image/jpeg") && base.toLowerCase(java.util.Locale.ROOT).endsWith(".jpeg"))
                ? base : base + extension;
    }

    private static boolean starts(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }
}
