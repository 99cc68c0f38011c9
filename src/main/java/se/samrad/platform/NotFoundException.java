package se.samrad.platform;

/**
 * Something that does not exist, or that the signed-in user's organisation may not see: both answer 404, so
 * that probing ids of another organisation tells nothing.
 */
public class NotFoundException extends RuntimeException {

    private final String messageKey;

    public NotFoundException(String what) {
        this(what, "error.not-found");
    }

    /** With the message the error page shows instead of the general "page not found" (e.g. a used-up link). */
    public NotFoundException(String what, String messageKey) {
        super(what + " not found", null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
