package se.samrad.goals;

/** Where a goal framework comes from; the message key {@code goals.kind.<name>} names each. */
public enum FrameworkKind {
    /** Global: Agenda 2030. */
    GLOBAL,
    /** Sweden's national objectives: miljökvalitetsmål, folkhälsopolitiska målområden. */
    NATIONAL,
    /** A model used to frame goals, such as the Doughnut. */
    MODEL,
    /** An organisation's own vision, focus areas and goals. */
    LOCAL
}
