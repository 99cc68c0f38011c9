package se.samrad.stakeholder;

/** What kind of contact an engagement was; DIALOGUE and WORKSHOP name the one taken part in. */
public enum EngagementKind {
    MEETING,
    LETTER,
    PHONE,
    CONSULTATION_REPLY,
    SITE_VISIT,
    DIALOGUE,
    WORKSHOP,
    AGREEMENT
}
