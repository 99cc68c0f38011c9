package se.samrad.platform;

/** A request the user can fix; {@code messageKey} names the translated explanation. Answered with 400. */
public class InvalidRequestException extends RuntimeException {

    private final String messageKey;

    public InvalidRequestException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
