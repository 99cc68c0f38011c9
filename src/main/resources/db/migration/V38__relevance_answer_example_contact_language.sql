-- Two additions to the relevance assessment (issue 19): the examples answers cite, and the contacts' languages.

-- Good-practice examples a unit's answer cites for a target (issue 19): chosen from the library's examples for the
-- target, kept with the title as it read when chosen, for the form, the decision page and the report.
CREATE TABLE relevance_answer_example (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    round_id        BIGINT        NOT NULL,
    unit_id         BIGINT        NOT NULL,
    element_id      BIGINT        NOT NULL,
    -- Where the example is read (the library's page for it).
    href            VARCHAR(500)  NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    title_lang      VARCHAR(10)   NOT NULL DEFAULT '',
    created_at      DATETIME(3)   NOT NULL,
    CONSTRAINT fk_relevance_answer_example_round FOREIGN KEY (round_id) REFERENCES relevance_round (id) ON DELETE CASCADE,
    CONSTRAINT uq_relevance_answer_example UNIQUE (round_id, unit_id, element_id, href),
    INDEX ix_relevance_answer_example_org (organisation_id, round_id, unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The language a unit's contact works on their assessment tasks in (learned from the task pages), so a reminder by
-- e-mail reaches them in it (issue 19).
CREATE TABLE relevance_contact_language (
    account_id      BIGINT      PRIMARY KEY,
    organisation_id BIGINT      NOT NULL,
    lang            VARCHAR(10) NOT NULL,
    updated_at      DATETIME(3) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
