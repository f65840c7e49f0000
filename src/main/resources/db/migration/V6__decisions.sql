-- Decisions (quyết định): numbered acts that open a class, establish its boards, recognise completion; each may
-- carry its scanned PDF. The file's bytes live in their own tables so that lists never read them, cut into pieces
-- of 1 MB so that no statement outgrows the server's max_allowed_packet (16 MB by default on MariaDB; the driver
-- may send binary data hex-encoded, twice its size).

CREATE TABLE decision_file (
    id   BIGINT NOT NULL AUTO_INCREMENT,
    size BIGINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE decision_file_chunk (
    file_id BIGINT     NOT NULL,
    seq     INT        NOT NULL,
    content MEDIUMBLOB NOT NULL,
    PRIMARY KEY (file_id, seq),
    CONSTRAINT fk_decision_file_chunk FOREIGN KEY (file_id) REFERENCES decision_file (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE decision (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    version      BIGINT        NOT NULL DEFAULT 0,
    number       VARCHAR(50)   NOT NULL,
    issue_date   DATE          NOT NULL,
    issue_year   INT           NOT NULL,
    issuing_body VARCHAR(255)  NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    summary      VARCHAR(2000) NOT NULL,
    plan_id      BIGINT        NULL,
    class_id     BIGINT        NULL,
    file_id      BIGINT        NULL,
    file_name    VARCHAR(255)  NULL,
    file_size    BIGINT        NULL,
    search_key   VARCHAR(400)  NOT NULL,
    created_at   DATETIME(6)   NULL,
    created_by   VARCHAR(50)   NULL,
    modified_at  DATETIME(6)   NULL,
    modified_by  VARCHAR(50)   NULL,
    PRIMARY KEY (id),
    -- Offices number their decisions afresh each year: the same number may come back in another year.
    CONSTRAINT uk_decision_number_year UNIQUE (number, issue_year),
    CONSTRAINT uk_decision_file UNIQUE (file_id),
    CONSTRAINT fk_decision_plan FOREIGN KEY (plan_id) REFERENCES training_plan (id),
    CONSTRAINT fk_decision_class FOREIGN KEY (class_id) REFERENCES training_class (id),
    CONSTRAINT fk_decision_file FOREIGN KEY (file_id) REFERENCES decision_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_decision_issue_date ON decision (issue_date);
CREATE INDEX ix_decision_issue_year ON decision (issue_year);
CREATE INDEX ix_decision_kind ON decision (kind);
CREATE INDEX ix_decision_plan ON decision (plan_id);
CREATE INDEX ix_decision_class ON decision (class_id);
CREATE INDEX ix_decision_search_key ON decision (search_key);
CREATE INDEX ix_decision_number ON decision (number);
CREATE INDEX ix_decision_issuing_body ON decision (issuing_body);
