-- Platform foundation: organisations (tenants), their units and networks, staff accounts with roles,
-- invitations, database-backed sign-in sessions and the audit log.

CREATE TABLE organisation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    parent_id   BIGINT       NULL,
    created_at  DATETIME(3)  NOT NULL,
    CONSTRAINT uq_organisation_name UNIQUE (name),
    CONSTRAINT fk_organisation_parent FOREIGN KEY (parent_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_unit (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    parent_id       BIGINT       NULL,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    CONSTRAINT fk_unit_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    INDEX ix_unit_organisation (organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE network (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NOT NULL DEFAULT '',
    created_at  DATETIME(3)   NOT NULL,
    CONSTRAINT uq_network_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE network_member (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    network_id      BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    coordinator     BOOLEAN     NOT NULL DEFAULT FALSE,
    joined_at       DATETIME(3) NOT NULL,
    CONSTRAINT uq_network_member UNIQUE (network_id, organisation_id),
    CONSTRAINT fk_member_network FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE CASCADE,
    CONSTRAINT fk_member_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NULL,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(3)  NULL,
    created_at      DATETIME(3)  NOT NULL,
    last_login_at   DATETIME(3)  NULL,
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT fk_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    INDEX ix_account_organisation (organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    role       VARCHAR(30) NOT NULL,
    CONSTRAINT uq_account_role UNIQUE (account_id, role),
    CONSTRAINT fk_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invitation (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id     BIGINT       NOT NULL,
    email               VARCHAR(254) NOT NULL,
    roles               VARCHAR(300) NOT NULL,
    token_hash          CHAR(64)     NOT NULL,
    created_by          BIGINT       NULL,
    created_at          DATETIME(3)  NOT NULL,
    expires_at          DATETIME(3)  NOT NULL,
    accepted_at         DATETIME(3)  NULL,
    revoked             BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    INDEX ix_invitation_organisation (organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Only a hash of the cookie's token is stored: a leaked table does not hand out sessions.
CREATE TABLE web_session (
    token_hash   CHAR(64)    NOT NULL PRIMARY KEY,
    account_id   BIGINT      NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    last_seen_at DATETIME(3) NOT NULL,
    expires_at   DATETIME(3) NOT NULL,
    CONSTRAINT fk_session_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_session_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_event (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT        NULL,
    actor_account_id BIGINT        NULL,
    actor_label      VARCHAR(254)  NOT NULL,
    action           VARCHAR(50)   NOT NULL,
    target           VARCHAR(300)  NOT NULL DEFAULT '',
    detail           VARCHAR(1000) NOT NULL DEFAULT '',
    created_at       DATETIME(3)   NOT NULL,
    INDEX ix_audit_organisation_time (organisation_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
