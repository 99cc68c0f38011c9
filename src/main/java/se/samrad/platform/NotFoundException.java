package se.samrad.platform;

/**
 * Something that does not exist, or that the signed-in user's organisation may not see: both answer 404, so
 * that probing ids of another organisation tells nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found", null, false, false);
    }
}
