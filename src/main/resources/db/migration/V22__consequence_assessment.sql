-- The assessment cells of a consequence case (issue 20): per alternative, horizon (SHORT 1-3 years, LONG 10+ years)
-- and aspect (SOCIAL, ECONOMIC, ... or T<element id> for a linked target) each assessor's own view, the agreed
-- value the case owner sets, and every change kept as a revision.

CREATE TABLE consequence_view (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id     BIGINT        NOT NULL,
    case_id             BIGINT        NOT NULL,
    alternative_id      BIGINT        NOT NULL,
    horizon             VARCHAR(10)   NOT NULL,
    aspect              VARCHAR(40)   NOT NULL,
    assessor_account_id BIGINT        NOT NULL,
    -- CLEARLY_NEGATIVE, NEGATIVE, NEUTRAL, POSITIVE, CLEARLY_POSITIVE, UNCERTAIN
    rating              VARCHAR(20)   NOT NULL,
    reason              VARCHAR(4000) NOT NULL DEFAULT '',
    evidence            VARCHAR(2000) NOT NULL DEFAULT '',
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT fk_consequence_view_alternative FOREIGN KEY (alternative_id) REFERENCES consequence_alternative (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_consequence_view_assessor FOREIGN KEY (assessor_account_id) REFERENCES account (id)
        ON DELETE CASCADE,
    UNIQUE KEY uq_consequence_view (alternative_id, horizon, aspect, assessor_account_id),
    INDEX ix_consequence_view_case (organisation_id, case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consequence_agreed (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id    BIGINT        NOT NULL,
    case_id            BIGINT        NOT NULL,
    alternative_id     BIGINT        NOT NULL,
    horizon            VARCHAR(10)   NOT NULL,
    aspect             VARCHAR(40)   NOT NULL,
    rating             VARCHAR(20)   NOT NULL,
    note               VARCHAR(4000) NOT NULL DEFAULT '',
    decided_by_account BIGINT        NULL,
    updated_at         DATETIME(3)   NOT NULL,
    CONSTRAINT fk_consequence_agreed_alternative FOREIGN KEY (alternative_id) REFERENCES consequence_alternative (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_consequence_agreed_by FOREIGN KEY (decided_by_account) REFERENCES account (id) ON DELETE SET NULL,
    UNIQUE KEY uq_consequence_agreed (alternative_id, horizon, aspect),
    INDEX ix_consequence_agreed_case (organisation_id, case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change to a view or an agreed value, oldest first: who, when, what it became.
CREATE TABLE consequence_revision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    case_id         BIGINT        NOT NULL,
    alternative_id  BIGINT        NOT NULL,
    horizon         VARCHAR(10)   NOT NULL,
    aspect          VARCHAR(40)   NOT NULL,
    -- VIEW (an assessor's own) or AGREED (the owner's)
    kind            VARCHAR(10)   NOT NULL,
    account_id      BIGINT        NULL,
    rating          VARCHAR(20)   NOT NULL,
    text            VARCHAR(4000) NOT NULL DEFAULT '',
    created_at      DATETIME(3)   NOT NULL,
    CONSTRAINT fk_consequence_revision_alternative FOREIGN KEY (alternative_id)
        REFERENCES consequence_alternative (id) ON DELETE CASCADE,
    CONSTRAINT fk_consequence_revision_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
    INDEX ix_consequence_revision_case (organisation_id, case_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
