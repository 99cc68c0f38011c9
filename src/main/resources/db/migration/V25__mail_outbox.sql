-- The e-mail outbox (platform.mail): a message is written here in the same transaction as what causes it, and a
-- scheduled sender delivers it over SMTP with retries. message_key makes enqueuing idempotent.
CREATE TABLE mail_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NULL,
    message_key     VARCHAR(190)  NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    subject         VARCHAR(500)  NOT NULL,
    body_text       MEDIUMTEXT    NOT NULL,
    body_html       MEDIUMTEXT    NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)   NOT NULL,
    last_error      VARCHAR(1000) NOT NULL DEFAULT '',
    created_at      DATETIME(3)   NOT NULL,
    sent_at         DATETIME(3)   NULL,
    UNIQUE KEY uq_mail_outbox_key (message_key),
    INDEX ix_mail_outbox_due (status, next_attempt_at),
    INDEX ix_mail_outbox_organisation (organisation_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
