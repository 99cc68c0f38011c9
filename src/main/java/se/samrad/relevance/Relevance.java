package se.samrad.relevance;

/** How relevant a target is to a unit's core mission (grunduppdrag), in rising order. */
public enum Relevance {
    NOT_RELEVANT, LOW, MEDIUM, HIGH;

    /** The higher of two, where null (not assessed) is lowest. */
    static Relevance max(Relevance a, Relevance b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
