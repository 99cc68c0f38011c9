package se.samrad.stakeholder;

/**
 * What a placement is about: the stakeholder overall, or one issue (a free-text label such as a focus area or a
 * proposal, or a dialogue or workshop whose id is kept as a plain reference: the register never reads them).
 */
public enum IssueKind {
    NONE,
    DIALOGUE,
    WORKSHOP
}
