package se.samrad.platform.security;

/** A client over its rate limit; answered with a translated 429 page or JSON error. */
public class TooManyRequestsException extends RuntimeException {

    public TooManyRequestsException() {
        super("Too many requests", null, false, false);
    }
}
