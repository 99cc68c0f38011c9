-- Documents of the stakeholder register (issue 17): a signed agreement, a letter of intent or a meeting's protocol
-- attached to a stakeholder organisation, optionally to one entry of its timeline (the agreement it records, say).
-- A document on an entry that names a person concerns that person: contact_id, so that it is shown to admins only,
-- listed in the person's export and deleted when they are erased. Bytes are kept here, as the library's are.
CREATE TABLE stakeholder_document (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id   BIGINT        NOT NULL,
    stakeholder_id    BIGINT        NOT NULL,
    engagement_id     BIGINT        NULL,
    contact_id        BIGINT        NULL,
    -- DocumentKind: AGREEMENT, LETTER_OF_INTENT, PROTOCOL
    kind              VARCHAR(30)   NOT NULL,
    file_name         VARCHAR(255)  NOT NULL,
    content_type      VARCHAR(100)  NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    content           LONGBLOB      NOT NULL,
    created_by        BIGINT        NULL,
    created_at        DATETIME(3)   NOT NULL,
    CONSTRAINT fk_stakeholder_document_stakeholder FOREIGN KEY (stakeholder_id) REFERENCES stakeholder (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_stakeholder_document_engagement FOREIGN KEY (engagement_id) REFERENCES stakeholder_engagement (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_stakeholder_document_contact FOREIGN KEY (contact_id) REFERENCES stakeholder_contact (id)
        ON DELETE CASCADE,
    INDEX ix_stakeholder_document_stakeholder (organisation_id, stakeholder_id),
    INDEX ix_stakeholder_document_contact (organisation_id, contact_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
