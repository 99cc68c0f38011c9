package se.samrad.platform.participation;

/**
 * Told when a personal invitation link is used (issue 17): the stakeholder register implements it to record
 * <em>started</em>/<em>submitted</em> and <em>joined</em>/<em>contributed</em> on the invited person's timeline,
 * without the dialogue and workshop knowing the register. {@code token} is the invitation's token from the link;
 * {@code subject} is an opaque key the capability chooses for what the link led to (a response, a participant),
 * e.g. {@code dialogue-response:17}, so later events need no token. Called after the capability's own work;
 * a listener's failure never fails the participation. Never called for answers given anonymously.
 */
public interface ParticipationListener {

    /** The invited person started (a dialogue response) or joined (a workshop). */
    void started(String token, String subject);

    /** What {@code subject} names was completed: a response submitted, a workshop contribution made. */
    void completed(String subject);
}
