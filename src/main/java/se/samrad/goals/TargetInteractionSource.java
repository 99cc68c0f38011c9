package se.samrad.goals;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * How targets influence each other as a session scored them (SDG interaction matrices: +3 indivisible … −3
 * cancelling): offered by the workshops, read by the consequence assessment to pre-fill goal conflicts and
 * synergies ("7.2 counteracts 15.1 by −2 in the council's session").
 */
public interface TargetInteractionSource {

    /** The row target's influence on the column target: the mean score of {@code count} scorers. */
    record Interaction(long fromElementId, long toElementId, double mean, int count, boolean disagreement,
                       String session, String href, Instant when) {
    }

    /** The scored interactions of the organisation's sessions that involve any of these elements. */
    List<Interaction> interactions(long organisationId, Collection<Long> elementIds);
}
