-- Stakeholder register (intressentregister, issue 17): the organisations an organisation deals with, the people
-- it reaches there (personal data: lawful basis, consent, erasure), how the organisations relate, where each
-- stands on the interest/influence grid over time, and which goal targets each cares about. Every row carries
-- organisation_id: a register belongs to one organisation and every query names it.

CREATE TABLE stakeholder (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    name            VARCHAR(300)  NOT NULL,
    -- StakeholderKind: AUTHORITY, COMPANY, CIVIL_SOCIETY, ...
    kind            VARCHAR(30)   NOT NULL,
    -- A unit, elected body or the council of the organisation itself rather than someone outside it.
    internal        BOOLEAN       NOT NULL DEFAULT FALSE,
    -- Organisationsnummer as ten digits without hyphen (the century of a 12-digit form dropped); NULL when none.
    org_number      CHAR(10)      NULL,
    address         VARCHAR(500)  NOT NULL DEFAULT '',
    web             VARCHAR(500)  NOT NULL DEFAULT '',
    description     VARCHAR(4000) NOT NULL DEFAULT '',
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    CONSTRAINT fk_stakeholder_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
        ON DELETE CASCADE,
    INDEX ix_stakeholder_organisation (organisation_id, name),
    INDEX ix_stakeholder_number (organisation_id, org_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person the organisation reaches (personal data). An erased contact keeps its row, anonymised, so that
-- timelines and placements keep their shape without naming anyone.
CREATE TABLE stakeholder_contact (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id      BIGINT        NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    email                VARCHAR(254)  NOT NULL DEFAULT '',
    phone                VARCHAR(50)   NOT NULL DEFAULT '',
    -- LawfulBasis: PUBLIC_TASK, CONSENT, LEGITIMATE_INTEREST
    lawful_basis         VARCHAR(30)   NOT NULL,
    consent_given_on     DATE          NULL,
    consent_how          VARCHAR(500)  NOT NULL DEFAULT '',
    consent_withdrawn_on DATE          NULL,
    notes                VARCHAR(4000) NOT NULL DEFAULT '',
    erased_at            DATETIME(3)   NULL,
    created_at           DATETIME(3)   NOT NULL,
    updated_at           DATETIME(3)   NOT NULL,
    CONSTRAINT fk_stakeholder_contact_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
        ON DELETE CASCADE,
    INDEX ix_stakeholder_contact_organisation (organisation_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A contact's role at a stakeholder organisation over a period (a person may have several).
CREATE TABLE stakeholder_affiliation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    contact_id      BIGINT       NOT NULL,
    stakeholder_id  BIGINT       NOT NULL,
    role_title      VARCHAR(200) NOT NULL DEFAULT '',
    starts_on       DATE         NULL,
    ends_on         DATE         NULL,
    CONSTRAINT fk_stakeholder_affiliation_contact FOREIGN KEY (contact_id) REFERENCES stakeholder_contact (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_stakeholder_affiliation_stakeholder FOREIGN KEY (stakeholder_id) REFERENCES stakeholder (id)
        ON DELETE CASCADE,
    INDEX ix_stakeholder_affiliation_contact (organisation_id, contact_id),
    INDEX ix_stakeholder_affiliation_stakeholder (organisation_id, stakeholder_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "from is <kind> to": member of, owned by, partner of.
CREATE TABLE stakeholder_relation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT      NOT NULL,
    from_id         BIGINT      NOT NULL,
    to_id           BIGINT      NOT NULL,
    -- RelationKind: MEMBER_OF, OWNED_BY, PARTNER
    kind            VARCHAR(20) NOT NULL,
    starts_on       DATE        NULL,
    ends_on         DATE        NULL,
    CONSTRAINT fk_stakeholder_relation_from FOREIGN KEY (from_id) REFERENCES stakeholder (id) ON DELETE CASCADE,
    CONSTRAINT fk_stakeholder_relation_to FOREIGN KEY (to_id) REFERENCES stakeholder (id) ON DELETE CASCADE,
    INDEX ix_stakeholder_relation_from (organisation_id, from_id),
    INDEX ix_stakeholder_relation_to (organisation_id, to_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A placement on the interest/influence grid (1-5 each), overall (no issue) or for one issue: a free-text label
-- and/or a dialogue or workshop id kept as a plain reference (the register never reads their tables). Rows are
-- only added: the latest per stakeholder and issue is the current one, the earlier ones its history.
CREATE TABLE stakeholder_placement (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    stakeholder_id  BIGINT        NOT NULL,
    interest        TINYINT       NOT NULL,
    influence       TINYINT       NOT NULL,
    issue_label     VARCHAR(200)  NOT NULL DEFAULT '',
    -- IssueKind: NONE, DIALOGUE, WORKSHOP
    issue_kind      VARCHAR(20)   NOT NULL DEFAULT 'NONE',
    issue_ref       BIGINT        NULL,
    note            VARCHAR(2000) NOT NULL DEFAULT '',
    placed_on       DATE          NOT NULL,
    created_by      BIGINT        NULL,
    created_at      DATETIME(3)   NOT NULL,
    CONSTRAINT fk_stakeholder_placement_stakeholder FOREIGN KEY (stakeholder_id) REFERENCES stakeholder (id)
        ON DELETE CASCADE,
    INDEX ix_stakeholder_placement (organisation_id, stakeholder_id, placed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A goal target (any framework's element id) a stakeholder cares about or contributes to.
CREATE TABLE stakeholder_target (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    stakeholder_id  BIGINT        NOT NULL,
    element_id      BIGINT        NOT NULL,
    note            VARCHAR(1000) NOT NULL DEFAULT '',
    CONSTRAINT fk_stakeholder_target_stakeholder FOREIGN KEY (stakeholder_id) REFERENCES stakeholder (id)
        ON DELETE CASCADE,
    UNIQUE KEY uq_stakeholder_target (stakeholder_id, element_id),
    INDEX ix_stakeholder_target_element (organisation_id, element_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
