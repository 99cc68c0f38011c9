package se.samrad.stakeholder;

/** What a document of the register is: a signed agreement, a letter of intent (avsiktsförklaring), a protocol. */
public enum DocumentKind {
    AGREEMENT,
    LETTER_OF_INTENT,
    PROTOCOL
}
