package se.samrad.platform.upload;

import io.micronaut.core.annotation.Nullable;
import se.samrad.platform.InvalidRequestException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The checks every uploaded file passes, whichever capability takes it: not empty, not over the capability's size,
 * a PDF or an image (PNG, JPEG, WebP) recognised by its first bytes rather than by what the browser claims, and a
 * file name without folders, control characters or quotes that ends in the extension of the type found. Each
 * capability gives its own limit and the message keys its forms show ({@link Rules}).
 */
public final class Uploads {

    public static final String PDF = "application/pdf";

    private Uploads() {
    }

    /**
     * A capability's limit and the bundle keys for an empty file, one too large and one of another type; the name
     * given to a file that came without one.
     */
    public record Rules(int maxBytes, String emptyKey, String sizeKey, String typeKey, String fallbackName) {
    }

    /** A checked upload: its sanitised name and its type as recognised. */
    public record Checked(String fileName, String contentType, byte[] content) {

        public boolean isPdf() {
            return contentType.equals(PDF);
        }
    }

    /** The file as checked, or an {@link InvalidRequestException} with the rule's message key. */
    public static Checked check(Rules rules, @Nullable String fileName, byte[] content) {
        if (content.length == 0) {
            throw new InvalidRequestException(rules.emptyKey());
        }
        if (content.length > rules.maxBytes()) {
            throw new InvalidRequestException(rules.sizeKey());
        }
        String type = sniff(content);
        if (type == null) {
            throw new InvalidRequestException(rules.typeKey());
        }
        return new Checked(safeName(fileName, type, rules.fallbackName()), type, content);
    }

    /** The content type the first bytes show, or null for anything but a PDF, PNG, JPEG or WebP. */
    public static @Nullable String sniff(byte[] c) {
        if (starts(c, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (starts(c, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return "image/png";
        }
        if (starts(c, new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return "image/jpeg";
        }
        if (c.length > 12 && starts(c, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && Arrays.equals(Arrays.copyOfRange(c, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return "image/webp";
        }
        return null;
    }

    /**
     * The Content-Disposition of a download: images shown in the browser, everything else saved, the name encoded
     * for any language (with {@code X-Content-Type-Options: nosniff}, so the browser keeps to the type found).
     */
    public static String disposition(String fileName, String contentType) {
        return (contentType.startsWith("image/") ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String safeName(@Nullable String fileName, String type, String fallback) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = fallback;
        }
        if (base.length() > 200) {
            base = base.substring(base.length() - 200);
        }
        String extension = switch (type) {
            case PDF -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> ".webp";
        };
        String lower = base.toLowerCase(Locale.ROOT);
        return lower.endsWith(extension) || (type.equals("image/jpeg") && lower.endsWith(".jpeg"))
                ? base : base + extension;
    }

    private static boolean starts(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }
}
