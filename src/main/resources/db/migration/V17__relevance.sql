-- Goal relevance assessment (relevansbedömning, issue 19): rounds per year, the units taking part with their
-- contact, each unit's answer per goal element, and the analysis group's overall decision and prioritisation per
-- element. Every row carries organisation_id and every query names it.

CREATE TABLE relevance_round (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id   BIGINT        NOT NULL,
    year              INT           NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    -- Framework keys, comma-separated; agenda2030 always among them.
    frameworks        VARCHAR(1000) NOT NULL,
    deadline          DATE          NOT NULL,
    instructions      VARCHAR(4000) NOT NULL DEFAULT '',
    -- The round this one started from (last year's), NULL for a first round.
    previous_round_id BIGINT        NULL,
    closed            BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at        DATETIME(3)   NOT NULL,
    CONSTRAINT fk_relevance_round_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
        ON DELETE CASCADE,
    INDEX ix_relevance_round_organisation (organisation_id, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A unit taking part in a round and the staff member who answers for it.
CREATE TABLE relevance_round_unit (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id    BIGINT      NOT NULL,
    round_id           BIGINT      NOT NULL,
    unit_id            BIGINT      NOT NULL,
    contact_account_id BIGINT      NULL,
    submitted_at       DATETIME(3) NULL,
    CONSTRAINT fk_relevance_round_unit_round FOREIGN KEY (round_id) REFERENCES relevance_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_relevance_round_unit_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id) ON DELETE CASCADE,
    CONSTRAINT fk_relevance_round_unit_contact FOREIGN KEY (contact_account_id) REFERENCES account (id)
        ON DELETE SET NULL,
    UNIQUE KEY uq_relevance_round_unit (round_id, unit_id),
    INDEX ix_relevance_round_unit_contact (organisation_id, contact_account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One unit's assessment of one goal element (a target, or a goal without targets) in a round. A draft until the
-- unit submits; every field may be empty in a draft.
CREATE TABLE relevance_answer (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    round_id        BIGINT        NOT NULL,
    unit_id         BIGINT        NOT NULL,
    element_id      BIGINT        NOT NULL,
    -- Relevance: NOT_RELEVANT, LOW, MEDIUM, HIGH; NULL not yet assessed.
    relevance       VARCHAR(20)   NULL,
    -- Control (rådighet): WE_DECIDE, WE_INFLUENCE, COLLABORATION, OUTSIDE; NULL not said.
    control         VARCHAR(20)   NULL,
    collaborators   VARCHAR(500)  NOT NULL DEFAULT '',
    contribution    VARCHAR(4000) NOT NULL DEFAULT '',
    steering        VARCHAR(2000) NOT NULL DEFAULT '',
    challenges      VARCHAR(4000) NOT NULL DEFAULT '',
    note            VARCHAR(4000) NOT NULL DEFAULT '',
    updated_at      DATETIME(3)   NOT NULL,
    CONSTRAINT fk_relevance_answer_round FOREIGN KEY (round_id) REFERENCES relevance_round (id) ON DELETE CASCADE,
    UNIQUE KEY uq_relevance_answer (round_id, unit_id, element_id),
    INDEX ix_relevance_answer_element (organisation_id, element_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The analysis group's word on one element in a round: its own overall relevance (overriding the highest of the
-- units) with a reason, and whether the element is prioritised and why.
CREATE TABLE relevance_decision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    round_id        BIGINT        NOT NULL,
    element_id      BIGINT        NOT NULL,
    overall         VARCHAR(20)   NULL,
    overall_reason  VARCHAR(2000) NOT NULL DEFAULT '',
    prioritised     BOOLEAN       NOT NULL DEFAULT FALSE,
    justification   VARCHAR(4000) NOT NULL DEFAULT '',
    updated_at      DATETIME(3)   NOT NULL,
    CONSTRAINT fk_relevance_decision_round FOREIGN KEY (round_id) REFERENCES relevance_round (id) ON DELETE CASCADE,
    UNIQUE KEY uq_relevance_decision (round_id, element_id),
    INDEX ix_relevance_decision_element (organisation_id, element_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
