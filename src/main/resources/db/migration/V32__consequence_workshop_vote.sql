-- A case's prioritisation sent to a live workshop as dot voting (issue 20, SS 854000 10.3 broad participation):
-- the workshop and its dot-voting activity, and the case's alternatives in the activity's option order (their
-- ids, comma-separated), so the participants' dots land back beside the analysts' ranking.
CREATE TABLE consequence_workshop_vote (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    case_id         BIGINT        NOT NULL,
    workshop_id     BIGINT        NOT NULL,
    activity_id     BIGINT        NOT NULL,
    alternative_ids VARCHAR(2000) NOT NULL,
    sent_by         BIGINT        NULL,
    sent_at         DATETIME(3)   NOT NULL,
    CONSTRAINT fk_consequence_workshop_vote_case FOREIGN KEY (case_id) REFERENCES consequence_case (id)
        ON DELETE CASCADE,
    INDEX ix_consequence_workshop_vote_case (organisation_id, case_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
