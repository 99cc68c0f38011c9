package se.samrad.relevance;

/** A change the round's state does not allow (a closed round, closing too early): answered 409 with its message. */
class RoundStateException extends RuntimeException {

    private final String messageKey;

    RoundStateException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
