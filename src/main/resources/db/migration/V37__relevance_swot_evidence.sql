-- A SWOT point's citations of single pieces of evidence (issue 19): an answer, a workshop result, an indicator, a
-- stakeholder engagement, a decision, each named by a key of what its source offers (source, id, target, link,
-- words), so a citation of input later hidden or erased shows nothing of it.
CREATE TABLE relevance_swot_evidence (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT      NOT NULL,
    point_id        BIGINT      NOT NULL,
    element_id      BIGINT      NOT NULL,
    -- SHA-256 hex of the evidence's source, source id, element, type, link and label (SwotEvidence.key).
    item_key        CHAR(64)    NOT NULL,
    created_at      DATETIME(3) NOT NULL,
    CONSTRAINT fk_relevance_swot_evidence_point FOREIGN KEY (point_id) REFERENCES relevance_swot (id) ON DELETE CASCADE,
    CONSTRAINT uq_relevance_swot_evidence UNIQUE (point_id, item_key),
    INDEX ix_relevance_swot_evidence_org (organisation_id, point_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
