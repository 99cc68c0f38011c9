package se.samrad.platform.security;

/** A state-changing request without a valid CSRF token; answered with a translated 403 page. */
public class CsrfException extends RuntimeException {

    public CsrfException() {
        super("Missing or invalid CSRF token", null, false, false);
    }
}
