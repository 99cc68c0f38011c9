package se.samrad.workshop;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A text a participant posted (an idea, a question, a breakout answer, a chat message, a word), identified by
 * the sequence number of the event that created it. Mutable only inside its workshop's lock.
 */
public final class Item {

    final long seq;
    final String author;
    final String name;
    final String text;
    final int group;
    final int question;
    final Instant at;
    final Set<String> voters = new LinkedHashSet<>();
    boolean hidden;
    boolean approved;
    boolean answered;
    long mergedInto;
    String theme = "";

    Item(long seq, String author, String name, String text, int group, int question, Instant at) {
        this.seq = seq;
        this.author = author;
        this.name = name;
        this.text = text;
        this.group = group;
        this.question = question;
        this.at = at;
    }

    public String getText() {
        return text;
    }

    /** Whether participants see it: not hidden, not merged into another, approved where approval is needed. */
    boolean visible(boolean needsApproval) {
        return !hidden && mergedInto == 0 && (approved || !needsApproval);
    }
}
