-- Retention of contact persons' data (issue 17, GDPR): a period per organisation; a contact with no engagement (and
-- no review) for longer is listed for review, and anonymised by a scheduled job when the review is not done.
ALTER TABLE stakeholder_contact ADD COLUMN reviewed_on DATE NULL;

CREATE TABLE stakeholder_retention (
    organisation_id BIGINT NOT NULL PRIMARY KEY,
    months          INT    NOT NULL,
    CONSTRAINT fk_stakeholder_retention_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
