-- The analysis group's SWOT per dimension for a round (issue 19): each point a strength, weakness, opportunity or
-- threat in the social, economic or environmental dimension, linked to targets by their codes.
CREATE TABLE relevance_swot (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    round_id        BIGINT        NOT NULL,
    -- Dimension: SOCIAL, ECONOMIC, ENVIRONMENTAL
    dimension       VARCHAR(20)   NOT NULL,
    -- SwotKind: STRENGTH, WEAKNESS, OPPORTUNITY, THREAT
    kind            VARCHAR(20)   NOT NULL,
    text            VARCHAR(1000) NOT NULL,
    -- Agenda 2030 target codes, comma-separated.
    targets         VARCHAR(1000) NOT NULL DEFAULT '',
    created_at      DATETIME(3)   NOT NULL,
    CONSTRAINT fk_relevance_swot_round FOREIGN KEY (round_id) REFERENCES relevance_round (id) ON DELETE CASCADE,
    INDEX ix_relevance_swot_round (organisation_id, round_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
