-- Stakeholder engagements (issue 17): every meeting, letter, call, consultation reply, site visit, dialogue or
-- workshop taken part in, and agreement (avsiktsförklaring, överenskommelse, samverkansavtal, IOP), with its
-- follow-up date. One timeline per stakeholder organisation and per contact person. Every row names the
-- organisation whose register it belongs to.
CREATE TABLE stakeholder_engagement (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id   BIGINT        NOT NULL,
    -- At least one of the two: the organisation engaged, the person engaged, or both.
    stakeholder_id    BIGINT        NULL,
    contact_id        BIGINT        NULL,
    -- EngagementKind: MEETING, LETTER, PHONE, CONSULTATION_REPLY, SITE_VISIT, DIALOGUE, WORKSHOP, AGREEMENT
    kind              VARCHAR(30)   NOT NULL,
    occurred_on       DATE          NOT NULL,
    -- Who of the organisation's staff took part (free text).
    staff             VARCHAR(200)  NOT NULL DEFAULT '',
    summary           VARCHAR(4000) NOT NULL DEFAULT '',
    -- IssueKind (NONE, DIALOGUE, WORKSHOP) and the dialogue's or workshop's id as a plain reference.
    issue_kind        VARCHAR(20)   NOT NULL DEFAULT 'NONE',
    issue_ref         BIGINT        NULL,
    -- AgreementKind for an AGREEMENT: LETTER_OF_INTENT, AGREEMENT, COLLABORATION, IOP.
    agreement_kind    VARCHAR(30)   NULL,
    expires_on        DATE          NULL,
    follow_up_on      DATE          NULL,
    followed_up_on    DATE          NULL,
    created_by        BIGINT        NULL,
    created_at        DATETIME(3)   NOT NULL,
    CONSTRAINT fk_stakeholder_engagement_stakeholder FOREIGN KEY (stakeholder_id) REFERENCES stakeholder (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_stakeholder_engagement_contact FOREIGN KEY (contact_id) REFERENCES stakeholder_contact (id)
        ON DELETE CASCADE,
    INDEX ix_stakeholder_engagement_stakeholder (organisation_id, stakeholder_id, occurred_on),
    INDEX ix_stakeholder_engagement_contact (organisation_id, contact_id, occurred_on),
    INDEX ix_stakeholder_engagement_follow_up (organisation_id, follow_up_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
