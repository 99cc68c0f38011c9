-- Indicators and follow-up (nyckeltal, uppföljning; issue 18): an organisation's indicators (Kolada KPIs or its
-- own), their yearly values for the organisation, its comparison municipalities and the country, target levels,
-- the goal targets each follows, and the organisation's follow-up settings. Every row carries organisation_id.

CREATE TABLE indicator (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id   BIGINT        NOT NULL,
    -- Kolada's KPI id (e.g. N00945); NULL for the organisation's own indicators.
    kolada_id         VARCHAR(12)   NULL,
    title             VARCHAR(300)  NOT NULL,
    description       VARCHAR(4000) NOT NULL DEFAULT '',
    unit              VARCHAR(60)   NOT NULL DEFAULT '',
    -- Direction: HIGHER or LOWER is better.
    direction         VARCHAR(10)   NOT NULL,
    source            VARCHAR(300)  NOT NULL DEFAULT '',
    keyword           VARCHAR(200)  NOT NULL DEFAULT '',
    steering_document VARCHAR(300)  NOT NULL DEFAULT '',
    -- The unit responsible (förvaltning), an org_unit of the organisation.
    unit_id           BIGINT        NULL,
    baseline_year     INT           NULL,
    by_gender         BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at        DATETIME(3)   NOT NULL,
    updated_at        DATETIME(3)   NOT NULL,
    CONSTRAINT fk_indicator_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
        ON DELETE CASCADE,
    UNIQUE KEY uq_indicator_kolada (organisation_id, kolada_id),
    INDEX ix_indicator_organisation (organisation_id, title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One value per indicator, series, year and gender. series: OWN (the organisation), 0000 (Riket), a Kolada
-- municipality id or municipality group id (G...) of the comparison group. gender: T (total), K, M.
CREATE TABLE indicator_value (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT      NOT NULL,
    indicator_id    BIGINT      NOT NULL,
    series          VARCHAR(12) NOT NULL,
    year            INT         NOT NULL,
    gender          CHAR(1)     NOT NULL DEFAULT 'T',
    value           DOUBLE      NOT NULL,
    -- ValueOrigin: MANUAL, FILE, KOLADA
    origin          VARCHAR(10) NOT NULL,
    updated_at      DATETIME(3) NOT NULL,
    CONSTRAINT fk_indicator_value_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    UNIQUE KEY uq_indicator_value (indicator_id, series, year, gender),
    INDEX ix_indicator_value_organisation (organisation_id, indicator_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Target levels (målnivåer): the desired value in a year, e.g. 2030.
CREATE TABLE indicator_target (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    indicator_id    BIGINT        NOT NULL,
    year            INT           NOT NULL,
    value           DOUBLE        NOT NULL,
    note            VARCHAR(1000) NOT NULL DEFAULT '',
    CONSTRAINT fk_indicator_target_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    UNIQUE KEY uq_indicator_target (indicator_id, year),
    INDEX ix_indicator_target_organisation (organisation_id, indicator_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The goal elements (targets of any framework, own goals too) an indicator follows.
CREATE TABLE indicator_goal (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT NOT NULL,
    indicator_id    BIGINT NOT NULL,
    element_id      BIGINT NOT NULL,
    CONSTRAINT fk_indicator_goal_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    UNIQUE KEY uq_indicator_goal (indicator_id, element_id),
    INDEX ix_indicator_goal_element (organisation_id, element_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The comparison areas an organisation names (Kolada municipalities or groups, the country), with their titles.
CREATE TABLE indicator_area (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    code            VARCHAR(12)  NOT NULL,
    title           VARCHAR(200) NOT NULL,
    CONSTRAINT fk_indicator_area_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
        ON DELETE CASCADE,
    UNIQUE KEY uq_indicator_area (organisation_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The organisation's follow-up settings: its own Kolada municipality id and whether the follow-up is public.
CREATE TABLE indicator_settings (
    organisation_id     BIGINT     NOT NULL PRIMARY KEY,
    kolada_municipality VARCHAR(4) NULL,
    published           BOOLEAN    NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_indicator_settings_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
