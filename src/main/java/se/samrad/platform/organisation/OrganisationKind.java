package se.samrad.platform.organisation;

/** What kind of body an organisation is; a municipal group (kommunkoncern) holds companies and federations. */
public enum OrganisationKind {
    MUNICIPALITY,
    REGION,
    MUNICIPAL_GROUP,
    MUNICIPAL_COMPANY,
    FEDERATION,
    OTHER
}
