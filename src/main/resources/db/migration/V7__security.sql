-- Failed sign-ins per client address, so that one address cannot try passwords across many user names.
CREATE TABLE login_address_attempt (
    address      VARCHAR(64) NOT NULL,
    failed_count INT         NOT NULL DEFAULT 0,
    window_start DATETIME(6) NOT NULL,
    PRIMARY KEY (address)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Named rows that transactions lock (SELECT ... FOR UPDATE) to take turns at a change that spans many rows.
CREATE TABLE app_lock (
    name VARCHAR(50) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Moves in the unit tree take turns, so that two moves at once cannot close a cycle.
INSERT INTO app_lock (name) VALUES ('unit-tree');
