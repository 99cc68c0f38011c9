-- Goal targets an engagement entry or agreement concerns (issue 17), so that assessments see, per target, the
-- agreements and engagements behind it as evidence.
CREATE TABLE stakeholder_engagement_target (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT NOT NULL,
    engagement_id   BIGINT NOT NULL,
    element_id      BIGINT NOT NULL,
    CONSTRAINT fk_stakeholder_engagement_target FOREIGN KEY (engagement_id) REFERENCES stakeholder_engagement (id)
        ON DELETE CASCADE,
    UNIQUE KEY uq_stakeholder_engagement_target (engagement_id, element_id),
    INDEX ix_stakeholder_engagement_target_element (organisation_id, element_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
