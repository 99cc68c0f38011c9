package se.samrad.stakeholder;

/** What sort of organisation a stakeholder is (SS 854000 3.15: internal or external, any sector). */
public enum StakeholderKind {
    AUTHORITY,
    COMPANY,
    CIVIL_SOCIETY,
    ACADEMIA,
    POLITICAL_PARTY,
    FEDERATION,
    POLICE,
    MUNICIPALITY,
    RESIDENT_GROUP,
    /** A unit of the organisation itself. */
    INTERNAL_UNIT,
    /** An elected body of the organisation (a committee, the council assembly). */
    ELECTED_BODY,
    /** The sustainability council (hållbarhetsråd). */
    COUNCIL
}
