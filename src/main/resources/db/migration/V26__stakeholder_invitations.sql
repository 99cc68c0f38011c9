-- Invitations from the stakeholder register (issue 17): a contact invited to a dialogue or a workshop with a
-- personal link (kept for the mail-merge export; only its token's hash is looked up); subject_key is the opaque reference the dialogue or workshop gives
-- when the link is used (a response, a participant), never set for an anonymous dialogue.
CREATE TABLE stakeholder_invitation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    contact_id      BIGINT        NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    occasion_id     BIGINT        NOT NULL,
    occasion_title  VARCHAR(500)  NOT NULL,
    anonymous       BOOLEAN       NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    token_hash      CHAR(64)      NOT NULL,
    link            VARCHAR(1000) NOT NULL,
    subject_key     VARCHAR(100)  NULL,
    invited_at      DATETIME(3)   NOT NULL,
    started_at      DATETIME(3)   NULL,
    completed_at    DATETIME(3)   NULL,
    created_by      BIGINT        NULL,
    CONSTRAINT fk_stakeholder_invitation_contact FOREIGN KEY (contact_id) REFERENCES stakeholder_contact (id)
        ON DELETE CASCADE,
    UNIQUE KEY uq_stakeholder_invitation_token (token_hash),
    UNIQUE KEY uq_stakeholder_invitation_once (organisation_id, kind, occasion_id, contact_id),
    UNIQUE KEY uq_stakeholder_invitation_subject (subject_key),
    INDEX ix_stakeholder_invitation_occasion (organisation_id, kind, occasion_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
