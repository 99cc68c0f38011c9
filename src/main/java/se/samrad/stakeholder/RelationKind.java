package se.samrad.stakeholder;

/** How one stakeholder organisation stands to another: "A is a member of B", "A is owned by B", partners. */
public enum RelationKind {
    MEMBER_OF,
    OWNED_BY,
    PARTNER
}
