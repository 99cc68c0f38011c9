package se.samrad.goals.evidence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One piece of evidence for one goal element: a count (how many answered an option tagged with the
 * target), a free-text statement tagged with it, or an item a workshop produced.
 *
 * @param source      the source kind ({@link EvidenceSource#kind()})
 * @param sourceId    the id of the dialogue, workshop... within its kind
 * @param sourceTitle the title of that dialogue or workshop, in its own language
 * @param href        where a staff member reads it in context
 * @param elementId   the goal element's catalogue id
 * @param type        what sort of evidence this is
 * @param label       what was counted or said: an option's or question's text, a statement, an idea
 * @param lang        the language {@code label} is written in ("" when unknown)
 * @param count       how many answers or votes back it (1 for a single statement)
 * @param total       out of how many in all (answers to the question, participants), 0 when not meaningful
 * @param collectedAt when it was last added to
 * @param progress    an indicator's progress towards its target value, typed so that readers never parse the label
 *                    (null for every other kind of evidence)
 * @param trend       an indicator's trend (null when it has none, and for other kinds)
 */
@Serdeable
public record Evidence(String source, long sourceId, String sourceTitle, String href, long elementId, Type type,
                       String label, String lang, long count, long total, @Nullable Instant collectedAt,
                       @Nullable Progress progress, @Nullable Trend trend) {

    /** Evidence that is no indicator: no progress, no trend. */
    public Evidence(String source, long sourceId, String sourceTitle, String href, long elementId, Type type,
                    String label, String lang, long count, long total, @Nullable Instant collectedAt) {
        this(source, sourceId, sourceTitle, href, elementId, type, label, lang, count, total, collectedAt, null, null);
    }

    /**
     * Progress towards a target value as the indicators judge it (open-sdg's statuses); words under the bundle key
     * {@code indicator.status.<NAME>}.
     */
    public enum Progress {
        ACHIEVED, ON_TRACK, NEEDS_ACCELERATION, LIMITED_PROGRESS, MOVING_AWAY, UNKNOWN
    }

    /** Which way an indicator's values go; words under {@code indicator.trend.<NAME>}. */
    public enum Trend {
        UP, DOWN, FLAT
    }

    public enum Type {
        /** Answers or votes counted for something tagged with the target. */
        COUNT,
        /** A statement someone wrote, tagged with the target. */
        STATEMENT,
        /** An idea, score or other item a session produced. */
        ITEM,
        /**
         * A scored interaction in which this target pulls another along (an SDG interaction matrix's pair with a
         * positive mean, this target influencing): {@code count} is how many scored it.
         */
        SYNERGY
    }
}
