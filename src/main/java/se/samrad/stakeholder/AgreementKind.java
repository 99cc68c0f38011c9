package se.samrad.stakeholder;

/**
 * A formal commitment: avsiktsförklaring (letter of intent), överenskommelse (agreement), samverkansavtal
 * (collaboration agreement), IOP (idéburet offentligt partnerskap).
 */
public enum AgreementKind {
    LETTER_OF_INTENT,
    AGREEMENT,
    COLLABORATION,
    IOP
}
