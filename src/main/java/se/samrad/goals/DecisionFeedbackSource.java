package se.samrad.goals;

import java.util.List;

/**
 * "You said, we did": the public feedback pages of decisions that a dialogue or workshop informed. Offered by the
 * consequence assessment, read by the dialogue's and the workshop's public pages, so neither knows the other.
 */
public interface DecisionFeedbackSource {

    /** A decided case's public feedback page: the case's title and the page's path ({@code /feedback/<key>}). */
    record FeedbackLink(String title, String href) {
    }

    /** The item kinds a case links to that have participants: {@code DIALOGUE}, {@code WORKSHOP}. */
    String DIALOGUE = "DIALOGUE";
    String WORKSHOP = "WORKSHOP";

    /** Feedback pages of the organisation's recorded decisions whose case is linked to this dialogue or workshop. */
    List<FeedbackLink> feedbackFor(long organisationId, String kind, long id);
}
