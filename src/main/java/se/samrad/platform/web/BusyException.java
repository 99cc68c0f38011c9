package se.samrad.platform.web;

/**
 * The server is generating as many documents as it may; answered 503 with a translated page and
 * {@code Retry-After}.
 */
public class BusyException extends RuntimeException {

    private final long retryAfterSeconds;

    public BusyException(long retryAfterSeconds) {
        super("Busy generating documents", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
