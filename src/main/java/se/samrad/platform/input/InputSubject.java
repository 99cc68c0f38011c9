package se.samrad.platform.input;

import se.samrad.platform.chart.Chart;
import se.samrad.platform.i18n.Language;

import java.util.Optional;

/**
 * What a workshop or dialogue was started on, shown to its participants: a capability that starts inputs through an
 * {@link InputChannel} (the indicators) implements it, and a channel's public pages ask every implementation, without
 * knowing the subject's internals, for the chart to show beside its introduction.
 */
public interface InputSubject {

    /**
     * The chart of the subject that the channel {@code kind}'s item {@code id} (in organisation
     * {@code organisationId}) was started on, in {@code language}; empty when it was started on none of this
     * subject's kind.
     */
    Optional<Attached> attached(long organisationId, String kind, long id, Language language);

    /** The chart (its figures go in a table beside it) and a note in words under it: the unit, the source. */
    record Attached(Chart chart, String note) {
    }
}
