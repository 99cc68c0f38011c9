-- Consequence assessment (konsekvensbedömning, issue 20): a case (ärende) to be decided, the goal targets it
-- touches, the dialogues, workshops, library examples and stakeholders that inform it, and its alternatives
-- (A, B, C... and always "do nothing", nollalternativet). Every row carries organisation_id and every query names it.

CREATE TABLE consequence_case (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id    BIGINT        NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    background         VARCHAR(8000) NOT NULL DEFAULT '',
    deciding_body      VARCHAR(200)  NOT NULL DEFAULT '',
    decision_date      DATE          NULL,
    unit_id            BIGINT        NULL,
    -- The case owner: sets the agreed value of a cell where assessors disagree.
    owner_account_id   BIGINT        NULL,
    created_at         DATETIME(3)   NOT NULL,
    updated_at         DATETIME(3)   NOT NULL,
    CONSTRAINT fk_consequence_case_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_consequence_case_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id) ON DELETE SET NULL,
    CONSTRAINT fk_consequence_case_owner FOREIGN KEY (owner_account_id) REFERENCES account (id) ON DELETE SET NULL,
    INDEX ix_consequence_case_organisation (organisation_id, decision_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a case is linked to: a goal element (kind TARGET, ref = element id) or an item of another capability
-- (DIALOGUE, WORKSHOP, EXAMPLE, STAKEHOLDER; ref = its id there).
CREATE TABLE consequence_link (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT      NOT NULL,
    case_id         BIGINT      NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    ref_id          BIGINT      NOT NULL,
    CONSTRAINT fk_consequence_link_case FOREIGN KEY (case_id) REFERENCES consequence_case (id) ON DELETE CASCADE,
    UNIQUE KEY uq_consequence_link (case_id, kind, ref_id),
    INDEX ix_consequence_link_ref (organisation_id, kind, ref_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An alternative of a case: A, B, C... by position, or the do-nothing alternative (position 0). Resources are the
-- estimate of staff (full-time equivalents) and money (SEK), one-off and yearly; the priority (1-3) with a reason.
CREATE TABLE consequence_alternative (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT         NOT NULL,
    case_id         BIGINT         NOT NULL,
    position        INT            NOT NULL,
    do_nothing      BOOLEAN        NOT NULL DEFAULT FALSE,
    title           VARCHAR(200)   NOT NULL,
    description     VARCHAR(4000)  NOT NULL DEFAULT '',
    money_once      DECIMAL(14, 0) NULL,
    money_yearly    DECIMAL(14, 0) NULL,
    staff_once      DECIMAL(8, 2)  NULL,
    staff_yearly    DECIMAL(8, 2)  NULL,
    priority        INT            NULL,
    priority_reason VARCHAR(2000)  NOT NULL DEFAULT '',
    CONSTRAINT fk_consequence_alternative_case FOREIGN KEY (case_id) REFERENCES consequence_case (id)
        ON DELETE CASCADE,
    UNIQUE KEY uq_consequence_alternative (case_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
