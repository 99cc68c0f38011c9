package se.samrad.library;

/** Who may read a published example: the own organisation, the members of one network, or everyone. */
public enum Visibility {
    ORGANISATION,
    NETWORK,
    PUBLIC
}
