package se.samrad.platform.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Refuses a body announced larger than {@code micronaut.server.max-request-size} before anything reads it (the
 * answer is {@link ErrorController#tooLarge}'s). Micronaut refuses it too, but for a multipart form only once the
 * form is read, and then stops reading the connection: a browser still sending the rest waited minutes for the
 * answer. Refused here, the unread body is discarded and the answer arrives at once.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestSizeFilter implements Ordered {

    private final long maxBytes;

    public RequestSizeFilter(@Value("${micronaut.server.max-request-size:10MB}") @ReadableBytes long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** After the security filter, so that the answer knows who is signed in (a form can show the error). */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    public void check(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length > maxBytes) {
            throw new ContentLengthExceededException(maxBytes, length);
        }
    }
}
