-- Sharing stakeholder organisations in a network (issue 17): the organisation whose register it is shares a record
-- with a network it belongs to, so that the other members see its name, kind, number, address, web and description,
-- read-only. Contacts, timelines, placements and documents are never shared.
CREATE TABLE stakeholder_share (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT      NOT NULL,
    stakeholder_id   BIGINT      NOT NULL,
    network_id       BIGINT      NOT NULL,
    shared_by        BIGINT      NULL,
    shared_at        DATETIME(3) NOT NULL,
    CONSTRAINT uq_stakeholder_share UNIQUE (stakeholder_id, network_id),
    CONSTRAINT fk_stakeholder_share_stakeholder FOREIGN KEY (stakeholder_id) REFERENCES stakeholder (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_stakeholder_share_network FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE CASCADE,
    INDEX ix_stakeholder_share_network (network_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
