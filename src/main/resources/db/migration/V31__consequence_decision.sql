-- The decision of a consequence case (issue 20, SS 854000 10.4): when and by which body it was decided, the chosen
-- alternative, the protocol paragraph, why in plain language, and the actions decided (each with a responsible
-- unit, a due date and the indicators that follow it up). Changing a recorded decision keeps a revision. The
-- public feedback page ("you said, we did") is reached by public_key; staff may translate its free-text parts.
CREATE TABLE consequence_decision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    case_id         BIGINT        NOT NULL,
    public_key      VARCHAR(64)   NOT NULL,
    decided_on      DATE          NOT NULL,
    body            VARCHAR(200)  NOT NULL,
    alternative_id  BIGINT        NOT NULL,
    paragraph       VARCHAR(40)   NOT NULL DEFAULT '',
    why             VARCHAR(4000) NOT NULL DEFAULT '',
    recorded_by     BIGINT        NULL,
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    CONSTRAINT fk_consequence_decision_case FOREIGN KEY (case_id) REFERENCES consequence_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_consequence_decision_alternative FOREIGN KEY (alternative_id) REFERENCES consequence_alternative (id),
    UNIQUE KEY uq_consequence_decision_case (case_id),
    UNIQUE KEY uq_consequence_decision_key (public_key),
    INDEX ix_consequence_decision_organisation (organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An action decided: position orders them; indicators is the comma-separated ids of the organisation's indicators
-- that follow it up (read back by the indicator pages through goals.FollowUpActionSource).
CREATE TABLE consequence_action (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    decision_id     BIGINT        NOT NULL,
    position        INT           NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    unit_id         BIGINT        NULL,
    due_on          DATE          NULL,
    CONSTRAINT fk_consequence_action_decision FOREIGN KEY (decision_id) REFERENCES consequence_decision (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_consequence_action_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id) ON DELETE SET NULL,
    INDEX ix_consequence_action_decision (organisation_id, decision_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consequence_action_indicator (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT NOT NULL,
    action_id       BIGINT NOT NULL,
    indicator_id    BIGINT NOT NULL,
    CONSTRAINT fk_consequence_action_indicator FOREIGN KEY (action_id) REFERENCES consequence_action (id)
        ON DELETE CASCADE,
    UNIQUE KEY uq_consequence_action_indicator (action_id, indicator_id),
    INDEX ix_consequence_action_indicator (organisation_id, indicator_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The decision as it became at each save (who, when, and the whole decision in words), newest by id.
CREATE TABLE consequence_decision_revision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT      NOT NULL,
    case_id         BIGINT      NOT NULL,
    account_id      BIGINT      NULL,
    content         MEDIUMTEXT  NOT NULL,
    created_at      DATETIME(3) NOT NULL,
    CONSTRAINT fk_consequence_decision_revision_case FOREIGN KEY (case_id) REFERENCES consequence_case (id)
        ON DELETE CASCADE,
    INDEX ix_consequence_decision_revision (organisation_id, case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Staff translations of the feedback page's free text: field QUESTION (the question in plain words), WHY, or
-- ACTION<position> (an action's title). A missing translation falls back to the original.
CREATE TABLE consequence_decision_text (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    decision_id     BIGINT        NOT NULL,
    lang            VARCHAR(16)   NOT NULL,
    field           VARCHAR(20)   NOT NULL,
    value           VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_consequence_decision_text FOREIGN KEY (decision_id) REFERENCES consequence_decision (id)
        ON DELETE CASCADE,
    UNIQUE KEY uq_consequence_decision_text (decision_id, lang, field)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
