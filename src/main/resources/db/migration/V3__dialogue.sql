-- Citizen dialogues (medborgardialoger): surveys residents answer without an account. A dialogue's questions
-- live in versions (a JSON document each); once a version has been published it is never changed, an edit
-- makes a new version, and answers keep pointing at the version they answered. Submitted answers are rows
-- (one per chosen option or value) so that results are counted in the database.

CREATE TABLE dialogue (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id      BIGINT       NOT NULL,
    -- The public link's key (/d/<public_key>): random, not guessable, never reused.
    public_key           VARCHAR(16)  NOT NULL,
    state                VARCHAR(12)  NOT NULL,
    -- Titles, introductions, purpose, use of input, organiser, privacy text and summary, per language (JSON).
    texts                LONGTEXT     NOT NULL,
    -- Comma-separated language codes the dialogue is offered in; the first is its own language.
    languages            VARCHAR(200) NOT NULL,
    opens_at             DATETIME(3)  NULL,
    closes_at            DATETIME(3)  NULL,
    anonymous            BOOLEAN      NOT NULL,
    requires_code        BOOLEAN      NOT NULL,
    current_version_id   BIGINT       NULL,
    summary_published_at DATETIME(3)  NULL,
    created_by           BIGINT       NULL,
    created_at           DATETIME(3)  NOT NULL,
    updated_at           DATETIME(3)  NOT NULL,
    CONSTRAINT uq_dialogue_public_key UNIQUE (public_key),
    CONSTRAINT fk_dialogue_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    INDEX ix_dialogue_organisation (organisation_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dialogue_version (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    dialogue_id  BIGINT      NOT NULL,
    number       INT         NOT NULL,
    -- Sections, questions, options, conditions, target tags and their texts per language (JSON).
    definition   LONGTEXT    NOT NULL,
    -- Set when the dialogue is published with this version; from then on the row is never updated.
    frozen_at    DATETIME(3) NULL,
    created_at   DATETIME(3) NOT NULL,
    CONSTRAINT uq_dialogue_version UNIQUE (dialogue_id, number),
    CONSTRAINT fk_dialogue_version FOREIGN KEY (dialogue_id) REFERENCES dialogue (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One-time participation codes for closed panels; only a hash of each code is kept.
CREATE TABLE dialogue_code (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    dialogue_id BIGINT      NOT NULL,
    code_hash   CHAR(64)    NOT NULL,
    response_id BIGINT      NULL,
    created_at  DATETIME(3) NOT NULL,
    CONSTRAINT uq_dialogue_code UNIQUE (dialogue_id, code_hash),
    CONSTRAINT fk_dialogue_code FOREIGN KEY (dialogue_id) REFERENCES dialogue (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A resident's response: in progress (answers so far in draft, reachable by a private link whose token is
-- kept only as a hash) or submitted. client_key makes submitting through the API idempotent. The groups the
-- resident said they belong to are kept on submission, so that representativeness is counted here.
CREATE TABLE dialogue_response (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    dialogue_id   BIGINT      NOT NULL,
    version_id    BIGINT      NOT NULL,
    token_hash    CHAR(64)    NULL,
    client_key    VARCHAR(64) NULL,
    lang          VARCHAR(16) NOT NULL,
    state         VARCHAR(12) NOT NULL,
    draft         LONGTEXT    NULL,
    code_id       BIGINT      NULL,
    district      VARCHAR(40) NULL,
    age_band      VARCHAR(40) NULL,
    gender        VARCHAR(40) NULL,
    home_lang     VARCHAR(40) NULL,
    -- Only in dialogues that are not anonymous, and only if the resident chose to give them (for feedback).
    contact_name  VARCHAR(200) NULL,
    contact_email VARCHAR(254) NULL,
    started_at    DATETIME(3) NOT NULL,
    updated_at    DATETIME(3) NOT NULL,
    submitted_at  DATETIME(3) NULL,
    CONSTRAINT uq_dialogue_response_token UNIQUE (token_hash),
    CONSTRAINT uq_dialogue_response_client UNIQUE (dialogue_id, client_key),
    CONSTRAINT fk_dialogue_response FOREIGN KEY (dialogue_id) REFERENCES dialogue (id) ON DELETE CASCADE,
    INDEX ix_dialogue_response_state (dialogue_id, state, district, age_band, gender, home_lang, lang)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Submitted answers, one row per chosen option, value or text (seq numbers a response's values for one
-- question from 0). The response's demographic groups and language are copied onto each row so that lists of
-- free-text answers filter without a join. No foreign key to dialogue_response: rows are written in bulk with
-- their response, and deleting the dialogue deletes both.
CREATE TABLE dialogue_answer (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    dialogue_id  BIGINT       NOT NULL,
    response_id  BIGINT       NOT NULL,
    question_key VARCHAR(40)  NOT NULL,
    option_key   VARCHAR(40)  NULL,
    seq          SMALLINT     NOT NULL,
    number_value DOUBLE       NULL,
    text_value   TEXT         NULL,
    lang         VARCHAR(16)  NOT NULL,
    district     VARCHAR(40)  NULL,
    age_band     VARCHAR(40)  NULL,
    gender       VARCHAR(40)  NULL,
    home_lang    VARCHAR(40)  NULL,
    hidden       BOOLEAN      NOT NULL DEFAULT FALSE,
    INDEX ix_dialogue_answer_question (dialogue_id, question_key),
    -- Covers counting a filtered set of responses' answers (results filtered by group or language).
    INDEX ix_dialogue_answer_response (response_id, question_key, option_key, seq, number_value),
    CONSTRAINT fk_dialogue_answer FOREIGN KEY (dialogue_id) REFERENCES dialogue (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Running totals per question and option (or scale value; '' for numbers and texts), kept in the same
-- transaction as the answer rows they count, so that unfiltered results never scan the answers. Each total is
-- split over 64 shards (response id modulo 64) so that concurrent submissions seldom wait for the same row.
CREATE TABLE dialogue_tally (
    dialogue_id  BIGINT      NOT NULL,
    question_key VARCHAR(40) NOT NULL,
    option_key   VARCHAR(40) NOT NULL,
    shard        TINYINT     NOT NULL,
    answers      BIGINT      NOT NULL DEFAULT 0,
    respondents  BIGINT      NOT NULL DEFAULT 0,
    total        DOUBLE      NOT NULL DEFAULT 0,
    min_value    DOUBLE      NULL,
    max_value    DOUBLE      NULL,
    PRIMARY KEY (dialogue_id, question_key, option_key, shard),
    CONSTRAINT fk_dialogue_tally FOREIGN KEY (dialogue_id) REFERENCES dialogue (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Targets a moderator tagged a free-text answer with.
CREATE TABLE dialogue_answer_target (
    answer_id   BIGINT NOT NULL,
    dialogue_id BIGINT NOT NULL,
    element_id  BIGINT NOT NULL,
    PRIMARY KEY (answer_id, element_id),
    INDEX ix_dialogue_answer_target (dialogue_id, element_id),
    CONSTRAINT fk_dialogue_answer_target FOREIGN KEY (answer_id) REFERENCES dialogue_answer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who lives there: the population share of each district, age band and gender, against which the results
-- page shows who answered.
CREATE TABLE dialogue_population (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    dialogue_id BIGINT       NOT NULL,
    demographic VARCHAR(20)  NOT NULL,
    option_key  VARCHAR(40)  NOT NULL,
    share       DOUBLE       NOT NULL,
    CONSTRAINT uq_dialogue_population UNIQUE (dialogue_id, demographic, option_key),
    CONSTRAINT fk_dialogue_population FOREIGN KEY (dialogue_id) REFERENCES dialogue (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
