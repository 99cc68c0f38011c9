-- Good-practice library (goda exempel): examples of what organisations did and achieved, their texts per
-- language, goal targets, indicator values before and after, attachments with extracted text, and the history
-- of every edit. The Lucene search index is derived from these tables and rebuilt from them at any time.

CREATE TABLE library_example (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    -- DRAFT, SUBMITTED, PUBLISHED
    status          VARCHAR(20)   NOT NULL,
    -- ORGANISATION, NETWORK (network_id set), PUBLIC
    visibility      VARCHAR(20)   NOT NULL,
    network_id      BIGINT        NULL,
    -- The language the example was written in; translations are further rows of library_example_text.
    lang            VARCHAR(16)   NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    municipality    VARCHAR(200)  NOT NULL DEFAULT '',
    region          VARCHAR(200)  NOT NULL DEFAULT '',
    year_from       INT           NULL,
    year_to         INT           NULL,
    costs           VARCHAR(4000) NOT NULL DEFAULT '',
    contact         VARCHAR(500)  NOT NULL DEFAULT '',
    -- Comma-separated SOCIAL, ECONOMIC, ENVIRONMENTAL chosen by the author.
    dimensions      VARCHAR(60)   NOT NULL DEFAULT '',
    tags            VARCHAR(1000) NOT NULL DEFAULT '',
    -- One link a line.
    links           VARCHAR(4000) NOT NULL DEFAULT '',
    review_note     VARCHAR(2000) NOT NULL DEFAULT '',
    created_by      BIGINT        NULL,
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    published_at    DATETIME(3)   NULL,
    revision        INT           NOT NULL DEFAULT 1,
    CONSTRAINT fk_library_example_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_library_example_network FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE SET NULL,
    INDEX ix_library_example_organisation (organisation_id, status),
    INDEX ix_library_example_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE library_example_text (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    example_id BIGINT        NOT NULL,
    lang       VARCHAR(16)   NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    summary    VARCHAR(2000) NOT NULL DEFAULT '',
    problem    TEXT          NOT NULL,
    actions    TEXT          NOT NULL,
    results    TEXT          NOT NULL,
    lessons    TEXT          NOT NULL,
    CONSTRAINT uq_library_example_text UNIQUE (example_id, lang),
    CONSTRAINT fk_library_example_text FOREIGN KEY (example_id) REFERENCES library_example (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE library_example_target (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    example_id BIGINT NOT NULL,
    element_id BIGINT NOT NULL,
    CONSTRAINT uq_library_target UNIQUE (example_id, element_id),
    CONSTRAINT fk_library_target_example FOREIGN KEY (example_id) REFERENCES library_example (id) ON DELETE CASCADE,
    CONSTRAINT fk_library_target_element FOREIGN KEY (element_id) REFERENCES goal_element (id) ON DELETE CASCADE,
    INDEX ix_library_target_element (element_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A result measured by an indicator (nyckeltal): its value before and after, with the years.
CREATE TABLE library_indicator (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    example_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    name         VARCHAR(300) NOT NULL,
    unit         VARCHAR(60)  NOT NULL DEFAULT '',
    value_before DOUBLE       NULL,
    year_before  INT          NULL,
    value_after  DOUBLE       NULL,
    year_after   INT          NULL,
    CONSTRAINT fk_library_indicator_example FOREIGN KEY (example_id) REFERENCES library_example (id)
        ON DELETE CASCADE,
    INDEX ix_library_indicator_example (example_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A PDF or image; the text of a PDF is extracted once, on upload, and indexed with the example.
CREATE TABLE library_attachment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    example_id     BIGINT       NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    content        LONGBLOB     NOT NULL,
    extracted_text MEDIUMTEXT   NULL,
    created_by     BIGINT       NULL,
    created_at     DATETIME(3)  NOT NULL,
    CONSTRAINT fk_library_attachment_example FOREIGN KEY (example_id) REFERENCES library_example (id)
        ON DELETE CASCADE,
    INDEX ix_library_attachment_example (example_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The history of an example: who did what, and the example as it was after the change (JSON).
CREATE TABLE library_revision (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    example_id BIGINT       NOT NULL,
    revision   INT          NOT NULL,
    action     VARCHAR(30)  NOT NULL,
    actor_id   BIGINT       NULL,
    actor      VARCHAR(254) NOT NULL DEFAULT '',
    note       VARCHAR(2000) NOT NULL DEFAULT '',
    snapshot   MEDIUMTEXT   NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    CONSTRAINT fk_library_revision_example FOREIGN KEY (example_id) REFERENCES library_example (id)
        ON DELETE CASCADE,
    INDEX ix_library_revision_example (example_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
