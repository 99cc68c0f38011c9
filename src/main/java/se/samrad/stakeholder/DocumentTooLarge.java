package se.samrad.stakeholder;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.TooLargeBodies;

import java.util.Optional;
import java.util.regex.Matcher;
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
        Matcher path = PATH.matcher(request.getPath());
        CurrentUser user = request.getUserPrincipal(Authentication.class).map(CurrentUser::of).orElse(null);
        if (request.getMethod() != HttpMethod.POST || !path.matches() || user == null
                || !pages.permissions().canEdit(user)) {
            return Optional.empty();
        }
        try {
            return Optional.of(pages.organisation(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, user,
                    Long.parseLong(path.group(1)), pages.blankForms().withErrors(
                            new FormErrors().add("file", StakeholderDocuments.SIZE_KEY))));
        } catch (RuntimeException e) {
            return Optional.empty(); // an organisation of another register: the general answer, which tells nothing
        }
    }
}
