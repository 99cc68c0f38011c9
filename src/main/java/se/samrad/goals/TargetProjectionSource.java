package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import se.samrad.goals.evidence.Evidence;

import java.util.Collection;
import java.util.List;

/**
 * What happens to a target's indicators if nothing changes: each indicator linked to the target, its latest value
 * and where its trend is projected to reach by the target year. Offered by the indicators, read by the
 * consequence assessment's do-nothing line, so neither knows the other.
 */
public interface TargetProjectionSource {

    /**
     * One indicator's projection for one target.
     *
     * @param status     the progress towards the indicator's target, {@code UNKNOWN} without a target
     * @param improving  whether the trend goes the desired way (null: no trend)
     * @param projected  the value projected to {@code year} (null: too few values)
     */
    record Projection(long elementId, long indicatorId, String indicator, String unit, String href,
                      @Nullable Integer latestYear, @Nullable Double latest, @Nullable Integer year,
                      @Nullable Double projected, @Nullable Double target, Evidence.Progress status,
                      @Nullable Boolean improving) {
    }

    /** The projections of the organisation's indicators linked to any of these elements. */
    List<Projection> projections(long organisationId, Collection<Long> elementIds);
}
