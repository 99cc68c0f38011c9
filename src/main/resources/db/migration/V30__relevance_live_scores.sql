-- Relevance levels agreed live in a workshop's relevance scoring and sent to a unit of a round (issue 19): the
-- level also becomes the unit's answer; this row says where it came from, shown beside the target on the unit's
-- form. One row per round, unit and element: the latest sent.
CREATE TABLE relevance_live_score (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    round_id        BIGINT        NOT NULL,
    unit_id         BIGINT        NOT NULL,
    element_id      BIGINT        NOT NULL,
    relevance       VARCHAR(20)   NOT NULL,
    source          VARCHAR(700)  NOT NULL,
    href            VARCHAR(300)  NOT NULL,
    sent_by         BIGINT        NULL,
    sent_at         DATETIME(3)   NOT NULL,
    CONSTRAINT fk_relevance_live_score_round FOREIGN KEY (round_id) REFERENCES relevance_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_relevance_live_score_by FOREIGN KEY (sent_by) REFERENCES account (id) ON DELETE SET NULL,
    UNIQUE KEY uq_relevance_live_score (round_id, unit_id, element_id),
    INDEX ix_relevance_live_score_org (organisation_id, round_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
