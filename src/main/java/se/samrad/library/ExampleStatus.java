package se.samrad.library;

/** Where an example is in its review: a draft, submitted for review, or published (searchable). */
public enum ExampleStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED
}
