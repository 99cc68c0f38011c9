-- Live workshops: sessions joined by code, their agenda of activities, co-facilitators, participants without
-- accounts, the ordered event log every input is written to before it is acknowledged, and goal-target tags.

CREATE TABLE workshop (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id   BIGINT       NOT NULL,
    title             VARCHAR(200) NOT NULL,
    description       VARCHAR(4000) NOT NULL DEFAULT '',
    -- Six characters from an alphabet without look-alikes (no 0/O, 1/I/L).
    code              CHAR(6)      NOT NULL,
    allow_anonymous   BOOLEAN      NOT NULL DEFAULT TRUE,
    status            VARCHAR(10)  NOT NULL,
    created_by        BIGINT       NULL,
    created_at        DATETIME(3)  NOT NULL,
    ended_at          DATETIME(3)  NULL,
    CONSTRAINT uq_workshop_code UNIQUE (code),
    CONSTRAINT fk_workshop_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    INDEX ix_workshop_organisation (organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE workshop_facilitator (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    workshop_id BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    CONSTRAINT uq_workshop_facilitator UNIQUE (workshop_id, account_id),
    CONSTRAINT fk_workshop_facilitator FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The agenda. config holds the kind's settings as JSON (options, scale, dot budget, sub-questions, targets).
CREATE TABLE workshop_activity (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    workshop_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    prompt      VARCHAR(4000) NOT NULL DEFAULT '',
    config      TEXT          NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    CONSTRAINT fk_workshop_activity FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
    INDEX ix_workshop_activity (workshop_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Participants need no account: only a SHA-256 of the token in their cookie is stored.
CREATE TABLE workshop_participant (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    workshop_id  BIGINT       NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    display_name VARCHAR(80)  NOT NULL DEFAULT '',
    joined_at    DATETIME(3)  NOT NULL,
    CONSTRAINT uq_workshop_participant_token UNIQUE (token_hash),
    CONSTRAINT fk_workshop_participant FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
    INDEX ix_workshop_participant (workshop_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ordered event log: every input and every facilitator action, numbered 1, 2, 3... per workshop without
-- gaps. author is 'p<participant id>' or 'a<account id>'; (author, client_id) makes a retried submission
-- land once.
CREATE TABLE workshop_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    workshop_id BIGINT       NOT NULL,
    seq         BIGINT       NOT NULL,
    type        VARCHAR(30)  NOT NULL,
    activity_id BIGINT       NULL,
    author      VARCHAR(24)  NOT NULL,
    client_id   VARCHAR(64)  NOT NULL,
    payload     TEXT         NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    CONSTRAINT uq_workshop_event_seq UNIQUE (workshop_id, seq),
    CONSTRAINT uq_workshop_event_client UNIQUE (workshop_id, author, client_id),
    CONSTRAINT fk_workshop_event FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Goal targets an activity (item_seq 0) or one item (the seq of the event that created it) is tagged with.
CREATE TABLE workshop_tag (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    workshop_id     BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    activity_id     BIGINT      NOT NULL,
    item_seq        BIGINT      NOT NULL DEFAULT 0,
    element_id      BIGINT      NOT NULL,
    created_at      DATETIME(3) NOT NULL,
    CONSTRAINT uq_workshop_tag UNIQUE (activity_id, item_seq, element_id),
    CONSTRAINT fk_workshop_tag FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
    INDEX ix_workshop_tag_element (organisation_id, element_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
