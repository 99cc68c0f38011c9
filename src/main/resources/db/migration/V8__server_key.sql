-- Secrets the server generates for itself at first start and every node must share, e.g. the key that binds CSRF
-- tokens to sign-in sessions (platform.security.ServerKeys). The first node to start writes it; the others read it.
CREATE TABLE server_key (
    name   VARCHAR(64)  NOT NULL PRIMARY KEY,
    secret VARCHAR(128) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
