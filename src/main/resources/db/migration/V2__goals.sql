-- Goal catalogue: goal frameworks (Agenda 2030, Sweden's national objectives, the Doughnut model, and each
-- organisation's own goals), their goals and targets as a two-level tree of elements with texts per
-- language, and an organisation's mappings from its own goals to the targets and objectives they serve.

CREATE TABLE goal_framework (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    fkey            VARCHAR(80)  NOT NULL,
    -- NULL for the built-in frameworks everyone sees; otherwise the organisation that owns it.
    organisation_id BIGINT       NULL,
    kind            VARCHAR(20)  NOT NULL,
    position        INT          NOT NULL,
    source_url      VARCHAR(500) NOT NULL DEFAULT '',
    created_at      DATETIME(3)  NOT NULL,
    CONSTRAINT uq_goal_framework_key UNIQUE (fkey),
    CONSTRAINT fk_goal_framework_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
        ON DELETE CASCADE,
    INDEX ix_goal_framework_organisation (organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE goal_framework_text (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    framework_id BIGINT        NOT NULL,
    lang         VARCHAR(16)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(4000) NOT NULL DEFAULT '',
    CONSTRAINT uq_goal_framework_text UNIQUE (framework_id, lang),
    CONSTRAINT fk_goal_framework_text FOREIGN KEY (framework_id) REFERENCES goal_framework (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Level 1 is a goal (SDG 1, a miljökvalitetsmål, a focus area), level 2 a target under it (1.1, 1.a).
CREATE TABLE goal_element (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    framework_id BIGINT      NOT NULL,
    parent_id    BIGINT      NULL,
    level        TINYINT     NOT NULL,
    code         VARCHAR(20) NOT NULL,
    position     INT         NOT NULL,
    colour       CHAR(7)     NULL,
    -- Comma-separated SOCIAL, ECONOMIC, ENVIRONMENTAL.
    dimensions   VARCHAR(60) NOT NULL DEFAULT '',
    created_at   DATETIME(3) NOT NULL,
    CONSTRAINT uq_goal_element_code UNIQUE (framework_id, code),
    CONSTRAINT fk_goal_element_framework FOREIGN KEY (framework_id) REFERENCES goal_framework (id) ON DELETE CASCADE,
    CONSTRAINT fk_goal_element_parent FOREIGN KEY (parent_id) REFERENCES goal_element (id) ON DELETE CASCADE,
    INDEX ix_goal_element_parent (parent_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- title: the short title Samråd (or the owning organisation) writes; official_*: texts from an import.
CREATE TABLE goal_element_text (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    element_id     BIGINT        NOT NULL,
    lang           VARCHAR(16)   NOT NULL,
    title          VARCHAR(300)  NOT NULL DEFAULT '',
    description    VARCHAR(4000) NOT NULL DEFAULT '',
    official_short VARCHAR(300)  NOT NULL DEFAULT '',
    official_title TEXT          NULL,
    CONSTRAINT uq_goal_element_text UNIQUE (element_id, lang),
    CONSTRAINT fk_goal_element_text FOREIGN KEY (element_id) REFERENCES goal_element (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An organisation's own goal (source) serves a target or objective of another framework (target).
CREATE TABLE goal_mapping (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    source_id       BIGINT        NOT NULL,
    target_id       BIGINT        NOT NULL,
    note            VARCHAR(2000) NOT NULL DEFAULT '',
    created_by      BIGINT        NULL,
    created_at      DATETIME(3)   NOT NULL,
    CONSTRAINT uq_goal_mapping UNIQUE (source_id, target_id),
    CONSTRAINT fk_goal_mapping_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_goal_mapping_source FOREIGN KEY (source_id) REFERENCES goal_element (id) ON DELETE CASCADE,
    CONSTRAINT fk_goal_mapping_target FOREIGN KEY (target_id) REFERENCES goal_element (id) ON DELETE CASCADE,
    INDEX ix_goal_mapping_target (target_id, organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
