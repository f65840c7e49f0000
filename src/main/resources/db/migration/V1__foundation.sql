-- Foundation: accounts, roles, sign-in lock-out, organisation units.
-- Written for MySQL 8 / MariaDB 10.11 and H2 in MySQL mode alike; utf8mb4 so Vietnamese round-trips exactly.

CREATE TABLE unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL DEFAULT 0,
    code        VARCHAR(30)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    parent_id   BIGINT       NULL,
    address     VARCHAR(255) NULL,
    search_key  VARCHAR(400) NOT NULL,
    created_at  DATETIME(6)  NULL,
    created_by  VARCHAR(50)  NULL,
    modified_at DATETIME(6)  NULL,
    modified_by VARCHAR(50)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_unit_code UNIQUE (code),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_unit_parent_code ON unit (parent_id, code);
CREATE INDEX ix_unit_search_key ON unit (search_key);
CREATE INDEX ix_unit_name ON unit (name);

CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    version       BIGINT       NOT NULL DEFAULT 0,
    username      VARCHAR(50)  NOT NULL,
    full_name     VARCHAR(150) NOT NULL,
    email         VARCHAR(150) NULL,
    password_hash VARCHAR(100) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    locale        VARCHAR(10)  NOT NULL DEFAULT 'vi',
    last_login_at DATETIME(6)  NULL,
    search_key    VARCHAR(400) NOT NULL,
    created_at    DATETIME(6)  NULL,
    created_by    VARCHAR(50)  NULL,
    modified_at   DATETIME(6)  NULL,
    modified_by   VARCHAR(50)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_app_user_search_key ON app_user (search_key);
CREATE INDEX ix_app_user_full_name ON app_user (full_name);
CREATE INDEX ix_app_user_active ON app_user (active);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_user_role_role ON user_role (role);

CREATE TABLE login_attempt (
    username        VARCHAR(100) NOT NULL,
    failed_count    INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6)  NULL,
    last_failure_at DATETIME(6)  NULL,
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
