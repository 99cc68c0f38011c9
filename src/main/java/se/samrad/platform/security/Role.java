package se.samrad.platform.security;

import java.util.EnumSet;
import java.util.Set;

/** Staff roles. Residents and workshop participants have none: they never need an account. */
public enum Role {
    /** Manages organisations and networks on the whole platform; holds no organisation's data. */
    PLATFORM_ADMIN,
    /** Organisation admin: manages units, staff accounts and roles of one organisation. */
    ORG_ADMIN,
    /** Facilitator (processledare): prepares and moderates dialogues and workshops. */
    FACILITATOR,
    /** Strategist in the analysis group (analysgrupp): runs assessments and follow-up. */
    ANALYST,
    /** Member of the sustainability council (hållbarhetsråd). */
    COUNCIL_MEMBER,
    /** Curates what a network of organisations shares. */
    NETWORK_COORDINATOR;

    /** Roles an organisation admin may give to the organisation's staff. */
    public static Set<Role> organisationRoles() {
        return EnumSet.complementOf(EnumSet.of(PLATFORM_ADMIN));
    }

    /** Names for {@code @Secured}, which takes strings. */
    public static final String PLATFORM_ADMIN_NAME = "PLATFORM_ADMIN";
    public static final String ORG_ADMIN_NAME = "ORG_ADMIN";
}
