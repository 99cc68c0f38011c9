package se.samrad.platform.security;

/** A client over its rate limit; answered with a translated 429 page or JSON error and a {@code Retry-After}. */
public class TooManyRequestsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds) {
        super("Too many requests", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whole seconds until the client may try again. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
