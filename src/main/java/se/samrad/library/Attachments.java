package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import se.samrad.platform.upload.Uploads;

/**
 * What may be attached to an example: PDFs and images (PNG, JPEG, WebP), recognised by their first bytes rather
 * than by what the browser claims, up to {@link #MAX_BYTES}, checked by the platform's {@link Uploads}. The text of
 * a PDF is extracted afterwards, off the request path ({@link AttachmentTexts}), so that the example is found by it.
 */
public final class Attachments {

    public static final int MAX_BYTES = 8 * 1024 * 1024;
    public static final int MAX_PER_EXAMPLE = 10;
    /** Extracted text beyond this is left out of the index. */
    static final int MAX_TEXT = 200_000;
    static final String PDF = Uploads.PDF;
    private static final Uploads.Rules RULES = new Uploads.Rules(MAX_BYTES, "library.error.attachment-empty",
            "library.error.attachment-size", "library.error.attachment-type", "attachment");

    private Attachments() {
    }

    /** A checked upload: its type as recognised. */
    public record Checked(String fileName, String contentType, byte[] content) {

        public boolean isPdf() {
            return contentType.equals(PDF);
        }
    }

    public static Checked check(@Nullable String fileName, byte[] content) {
        Uploads.Checked checked = Uploads.check(RULES, fileName, content);
        return new Checked(checked.fileName(), checked.contentType(), checked.content());
    }
}
