package se.samrad.stakeholder;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.TooLargeBodies;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A document over the server's request limit is refused before the upload reaches its controller; the uploader
 * still gets the organisation's page with "the file is larger than 8 MB" on the document form (413).
 */
@Singleton
class DocumentTooLarge implements TooLargeBodies {

    private static final Pattern PATH = Pattern.compile("/stakeholders/organisations/(\\d{1,18})/documents");

    private final StakeholderPages pages;

    DocumentTooLarge(StakeholderPages pages) {
        this.pages = pages;
    }

    @Override
    public Optional<HttpResponse<?>> answer(HttpRequest<?> request) {
        return TooLargeBodies.upload(request, PATH).filter(upload -> pages.permissions().canEdit(upload.user()))
                .flatMap(upload -> {
                    try {
                        return Optional.of(pages.organisation(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                                upload.user(), upload.id(), pages.blankForms().withErrors(
                                        new FormErrors().add("file", StakeholderDocuments.SIZE_KEY))));
                    } catch (RuntimeException e) {
                        return Optional.empty(); // another register's organisation: the general answer, telling nothing
                    }
                });
    }
}
