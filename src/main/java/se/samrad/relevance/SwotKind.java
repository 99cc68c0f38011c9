package se.samrad.relevance;

/** The four kinds of a SWOT point (styrka, svaghet, möjlighet, hot). */
public enum SwotKind {
    STRENGTH, WEAKNESS, OPPORTUNITY, THREAT
}
