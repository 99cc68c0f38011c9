package se.samrad.stakeholder;

/** Why the organisation may keep a contact's personal data (GDPR article 6). */
public enum LawfulBasis {
    PUBLIC_TASK,
    /** Needs when and how consent was given; a withdrawal is recorded. */
    CONSENT,
    LEGITIMATE_INTEREST
}
