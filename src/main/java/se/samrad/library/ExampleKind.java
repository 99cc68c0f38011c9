package se.samrad.library;

/** What sort of practice an example describes (the "type" facet). */
public enum ExampleKind {
    PROJECT,
    METHOD,
    STEERING,
    COLLABORATION,
    DIALOGUE,
    INVESTMENT
}
