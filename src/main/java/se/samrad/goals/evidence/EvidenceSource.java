package se.samrad.goals.evidence;

import java.util.Collection;
import java.util.List;

/**
 * A capability that collects input tagged with goal targets (dialogues, workshops, ...) and offers it as
 * evidence ("underlag") for assessments. Assessments only read through this interface, so a new source of
 * input plugs in without touching assessment code, and no source ever learns who reads it.
 */
public interface EvidenceSource {

    /** A short, stable name of the source kind, e.g. {@code dialogue}, {@code workshop}. */
    String kind();

    /**
     * The evidence organisation {@code organisationId} may use for any of the goal elements (targets, or
     * goals without targets) with these catalogue ids. Empty when there is none; never another
     * organisation's unless it was shared with this one.
     */
    List<Evidence> evidenceFor(long organisationId, Collection<Long> elementIds);
}
