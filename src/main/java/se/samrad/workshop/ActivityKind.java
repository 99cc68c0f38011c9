package se.samrad.workshop;

/** What an activity asks of participants. The message key {@code workshop.kind.<name>} names each. */
public enum ActivityKind {
    /** Single or multiple choice. */
    POLL,
    /** A number on a scale (e.g. 1-5). */
    RATING,
    /** Open question / idea board: post, up-vote; the facilitator merges, clusters into themes, hides. */
    IDEAS,
    /** Single words, shown by frequency. */
    WORD_CLOUD,
    /** Questions to the panel, approved before they are shown, up-voted, marked answered. */
    QA,
    /** Dot voting with a budget of dots per participant and a cap per option. */
    DOTS,
    /** Breakout groups, each with its own board for the prompt's sub-questions. */
    BREAKOUT,
    /** SDG interaction scoring (SDG Synergies): row target influences column target, -3 ... +3. */
    SDG_MATRIX,
    /** Chat. */
    CHAT,
    /**
     * Relevance scoring (issue 19): each participant scores a set of targets on the relevance assessment's scale
     * (not relevant, low, medium, high), the spread shows disagreement, the facilitator sets the agreed value.
     */
    RELEVANCE;

    /** Whether participants' texts are items that can be hidden and tagged. */
    boolean hasItems() {
        return ActivityTypes.of(this).hasItems();
    }
}
