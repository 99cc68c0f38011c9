-- Workshops and dialogues started from an indicator (issue 18, "from a deviation ... their input is linked back to
-- the indicator"): the indicator's page lists them with what came in, read through the channel's public interface.
CREATE TABLE indicator_input (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT      NOT NULL,
    indicator_id    BIGINT      NOT NULL,
    -- The channel's kind (workshop, dialogue) and its id there.
    kind            VARCHAR(20) NOT NULL,
    ref_id          BIGINT      NOT NULL,
    started_by      BIGINT      NOT NULL,
    started_at      DATETIME(3) NOT NULL,
    CONSTRAINT fk_indicator_input_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    INDEX ix_indicator_input (organisation_id, indicator_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
