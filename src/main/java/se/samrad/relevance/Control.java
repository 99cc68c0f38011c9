package se.samrad.relevance;

/** Rådighet: how far the organisation itself controls progress on a target. */
public enum Control {
    WE_DECIDE, WE_INFLUENCE, COLLABORATION, OUTSIDE
}
