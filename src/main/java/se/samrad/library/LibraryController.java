package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.upload.Uploads;
import se.samrad.platform.web.Views;

import java.util.Map;

/**
 * Reading the library: the search page and an example's page. Open to everyone; anonymous visitors see public
 * examples, staff also their organisation's and their networks' ({@link LibraryAccess}).
 */
@Controller("/library")
@Secured(SecurityRule.IS_ANONYMOUS)
class LibraryController {

    private final LibraryPages pages;
    private final Library library;
    private final se.samrad.platform.security.RateLimiter limiter;
    private final int perMinute;

    LibraryController(LibraryPages pages, Library library, se.samrad.platform.security.RateLimiter limiter,
                      @io.micronaut.context.annotation.Value("${samrad.rate-limit.public-api-per-minute:600}") int perMinute) {
        this.pages = pages;
        this.library = library;
        this.limiter = limiter;
        this.perMinute = perMinute;
    }

    /** Searches the library: text, facet filters, sort and page from the query string. */
    @Get
    @Produces(Views.HTML_VALUE)
    HttpResponse<String> search(HttpRequest<?> request, @Nullable Authentication auth) {
        if (auth == null) {
            limiter.require("library-search", request, perMinute);
        }
        return pages.search(request, user(auth));
    }

    /** One example with similar examples; 404 when the reader may not see it. */
    @Get("/examples/{id}")
    @Produces(Views.HTML_VALUE)
    HttpResponse<String> example(HttpRequest<?> request, @Nullable Authentication auth, @PathVariable long id) {
        return pages.example(request, HttpStatus.OK, user(auth), id, Map.of());
    }

    /** An attachment of an example the reader may see: images shown, PDFs downloaded. */
    @Get("/attachments/{id}")
    @Produces(MediaType.ALL)
    HttpResponse<byte[]> attachment(@Nullable Authentication auth, @PathVariable long id) {
        AttachmentRow attachment = library.attachment(user(auth), id);
        return HttpResponse.ok(attachment.content()).contentType(attachment.contentType())
                .header("Content-Disposition", Uploads.disposition(attachment.fileName(), attachment.contentType())).header("X-Content-Type-Options", "nosniff");
    }

    static @Nullable CurrentUser user(@Nullable Authentication auth) {
        return auth == null ? null : CurrentUser.of(auth);
    }
}
