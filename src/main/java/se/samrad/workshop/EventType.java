package se.samrad.workshop;

/**
 * What an entry of the event log records. Participants' inputs and facilitators' actions share the one
 * ordered log, so a client that replays it from any point ends in the same state as everyone else.
 */
public enum EventType {
    // participants
    JOINED(false), VOTE(false), RATE(false), IDEA(false), UPVOTE(false), WORD(false), QUESTION(false), DOTS(false),
    GROUP_CHOSEN(false), SCORE(false), CHAT(false),
    // facilitators
    ACTIVITY_ADDED(true), STARTED(true), STOPPED(true), LOCKED(true), UNLOCKED(true), RESULTS_SHOWN(true),
    RESULTS_HIDDEN(true), TIMER(true), HIDDEN(true), SHOWN(true), APPROVED(true), ANSWERED(true), MERGED(true),
    THEMED(true), GROUPS(true), PARTICIPANT_REMOVED(true), TAGGED(true), ENDED(true);

    private final boolean facilitator;

    EventType(boolean facilitator) {
        this.facilitator = facilitator;
    }

    /** Whether only a facilitator may cause it. */
    public boolean isFacilitator() {
        return facilitator;
    }
}
