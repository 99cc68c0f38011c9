package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import se.samrad.platform.InvalidRequestException;

import java.util.Arrays;

/**
 * What may be attached to an example: PDFs and images (PNG, JPEG, WebP), recognised by their first bytes rather
 * than by what the browser claims, up to {@link #MAX_BYTES}. The text of a PDF is extracted afterwards, off the
 * request path ({@link AttachmentTexts}), so that the example is found by it.
 */
public final class Attachments {

    public static final int MAX_BYTES = 8 * 1024 * 1024;
    public static final int MAX_PER_EXAMPLE = 10;
    /** Extracted text beyond this is left out of the index. */
    static final int MAX_TEXT = 200_000;
    static final String PDF = "application/pdf";

    private Attachments() {
    }

    /** A checked upload: its type as recognised. */
    public record Checked(String fileName, String contentType, byte[] content) {

        public boolean isPdf() {
            return contentType.equals(PDF);
        }
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
        return new Checked(name, type, content);
    }

    static @Nullable String sniff(byte[] c) {
        if (starts(c, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return PDF;
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
