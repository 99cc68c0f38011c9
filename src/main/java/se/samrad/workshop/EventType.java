package se.samrad.workshop;

import java.util.StringJoiner;

/**
 * What an entry of the event log records. Participants' inputs and facilitators' actions share the one
 * ordered log, so a client that replays it from any point ends in the same state as everyone else.
 */
public enum EventType {
    // participants
    JOINED(false), VOTE(false), RATE(false), IDEA(false, "msgIdea"), UPVOTE(false), WORD(false, "msgWord"),
    QUESTION(false, "msgQuestion"), DOTS(false), GROUP_CHOSEN(false), SCORE(false), CHAT(false, "msgChat"),
    RELEVANCE(false),
    // facilitators
    ACTIVITY_ADDED(true), STARTED(true), STOPPED(true), LOCKED(true), UNLOCKED(true), RESULTS_SHOWN(true),
    RESULTS_HIDDEN(true), TIMER(true), HIDDEN(true), SHOWN(true), APPROVED(true), ANSWERED(true), MERGED(true),
    THEMED(true), GROUPS(true), PARTICIPANT_REMOVED(true), TAGGED(true), ENDED(true),
    /** Which activity the big screen shows (none: the join screen) and whether it hides names; participants' pages do not change. */
    PRESENTED(true),
    AGREED(true);

    private final boolean facilitator;
    private final String announcement;

    EventType(boolean facilitator) {
        this(facilitator, null);
    }

    EventType(boolean facilitator, String announcement) {
        this.facilitator = facilitator;
        this.announcement = announcement;
    }

    /**
     * What the page script needs to know of the types, given to it by the page (data attributes), so the
     * script knows no type by name: after which events it re-reads the page part at once ({@code structural}),
     * after which it tells a participant the page changed ({@code changes}), and which participants' texts it
     * announces with which of the page's messages ({@code announced}: {@code TYPE:messageAttribute}).
     */
    public record ForScript(String structural, String changes, String announced) {
    }

    static ForScript forScript() {
        StringJoiner structural = new StringJoiner(" ");
        StringJoiner changes = new StringJoiner(" ");
        StringJoiner announced = new StringJoiner(" ");
        for (EventType type : values()) {
            if (type.facilitator || type == GROUP_CHOSEN) {
                structural.add(type.name());
            }
            if (type.facilitator && type != PRESENTED) {
                changes.add(type.name());
            }
            if (type.announcement != null) {
                announced.add(type.name() + ':' + type.announcement);
            }
        }
        return new ForScript(structural.toString(), changes.toString(), announced.toString());
    }

    /** Whether only a facilitator may cause it. */
    public boolean isFacilitator() {
        return facilitator;
    }
}
