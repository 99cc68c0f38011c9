package se.samrad.library;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.TooLargeBodies;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An attachment over the server's request limit is refused before the upload reaches its controller; the
 * uploader still gets the example page with "the file is larger than 8 MB" on the attachment form (413).
 */
@Singleton
class AttachmentTooLarge implements TooLargeBodies {

    private static final Pattern PATH = Pattern.compile("/library/examples/(\\d{1,18})/attachments");

    private final LibraryPages pages;

    AttachmentTooLarge(LibraryPages pages) {
        this.pages = pages;
    }

    @Override
    public Optional<HttpResponse<?>> answer(HttpRequest<?> request) {
        return TooLargeBodies.upload(request, PATH).flatMap(upload -> {
            try {
                return Optional.of(pages.example(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, upload.user(),
                        upload.id(), Map.of("errors", new FormErrors().add("file", "library.error.attachment-size"))));
            } catch (RuntimeException e) {
                return Optional.empty(); // an example the user may not see: the general answer, which tells nothing
            }
        });
    }
}
