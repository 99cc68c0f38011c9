package se.samrad.goals.evidence;

import se.samrad.platform.security.CurrentUser;

import java.util.List;

/**
 * Where relevance levels agreed elsewhere (a workshop's live relevance scoring) land in a relevance assessment
 * round, so the capability that collected them never learns the assessment's internals (issue 19). Implemented
 * by the relevance assessment; absent, nothing can be sent.
 */
public interface RelevanceInbox {

    /** The levels of the assessment's scale, lowest first (0 not relevant, 1 low, 2 medium, 3 high). */
    List<String> LEVELS = List.of("NOT_RELEVANT", "LOW", "MEDIUM", "HIGH");

    /** A place agreed levels can go: a unit of an open round, with a label to choose it by. */
    record Destination(String id, String label) {
    }

    /** One agreed level for one goal element (catalogue id); {@code level} indexes {@link #LEVELS}. */
    record Agreed(long elementId, int level) {
    }

    /** Where this user may send agreed levels: units of the organisation's open rounds they answer for. */
    List<Destination> destinations(CurrentUser user);

    /**
     * Stores the levels as the unit's relevance for those targets (keeping what else it wrote), noting where they
     * came from ({@code source}, {@code href}). Returns how many targets of the round took a level.
     *
     * @throws se.samrad.platform.InvalidRequestException when the destination is unknown, closed or none of the
     *                                                    targets is assessed in it (with the message key)
     */
    int receive(CurrentUser user, String destination, List<Agreed> agreed, String source, String href);
}
