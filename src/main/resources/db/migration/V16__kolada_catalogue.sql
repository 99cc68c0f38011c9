-- Kolada's KPI catalogue (issue 18), imported from a file or Kolada's API: public reference data, the same for
-- every organisation, from which an organisation picks the KPIs it follows (its own indicator rows).
CREATE TABLE kolada_kpi (
    id                   VARCHAR(12)   NOT NULL PRIMARY KEY,
    title                VARCHAR(500)  NOT NULL,
    description          VARCHAR(4000) NOT NULL DEFAULT '',
    divided_by_gender    BOOLEAN       NOT NULL DEFAULT FALSE,
    -- K municipalities, L regions, A all
    municipality_type    VARCHAR(4)    NOT NULL DEFAULT '',
    operating_area       VARCHAR(300)  NOT NULL DEFAULT '',
    updated_at           DATETIME(3)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
