-- Course management, part 1: the lecturers registry, training plans and classes.

CREATE TABLE lecturer (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version        BIGINT       NOT NULL DEFAULT 0,
    full_name      VARCHAR(150) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    academic_title VARCHAR(20)  NULL,
    degree         VARCHAR(20)  NULL,
    position       VARCHAR(150) NULL,
    unit_id        BIGINT       NULL,
    phone          VARCHAR(20)  NULL,
    email          VARCHAR(150) NULL,
    user_id        BIGINT       NULL,
    search_key     VARCHAR(400) NOT NULL,
    created_at     DATETIME(6)  NULL,
    created_by     VARCHAR(50)  NULL,
    modified_at    DATETIME(6)  NULL,
    modified_by    VARCHAR(50)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_lecturer_user UNIQUE (user_id),
    CONSTRAINT fk_lecturer_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_lecturer_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_lecturer_search_key ON lecturer (search_key);
CREATE INDEX ix_lecturer_full_name ON lecturer (full_name);
CREATE INDEX ix_lecturer_kind ON lecturer (kind);

CREATE TABLE training_plan (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    number          VARCHAR(50)   NOT NULL,
    issue_date      DATE          NOT NULL,
    issuing_body    VARCHAR(255)  NOT NULL,
    term            VARCHAR(50)   NULL,
    audience        VARCHAR(500)  NULL,
    target_classes  INT           NOT NULL,
    target_trainees INT           NOT NULL,
    objectives      VARCHAR(4000) NULL,
    search_key      VARCHAR(400)  NOT NULL,
    created_at      DATETIME(6)   NULL,
    created_by      VARCHAR(50)   NULL,
    modified_at     DATETIME(6)   NULL,
    modified_by     VARCHAR(50)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_training_plan_number UNIQUE (number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_training_plan_issue_date ON training_plan (issue_date);
CREATE INDEX ix_training_plan_search_key ON training_plan (search_key);

CREATE TABLE training_class (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    version              BIGINT        NOT NULL DEFAULT 0,
    code                 VARCHAR(30)   NOT NULL,
    name                 VARCHAR(255)  NOT NULL,
    cohort               VARCHAR(100)  NULL,
    class_year           INT           NOT NULL,
    plan_id              BIGINT        NULL,
    organizing_unit_id   BIGINT        NOT NULL,
    audience             VARCHAR(500)  NULL,
    objectives           VARCHAR(4000) NULL,
    start_date           DATE          NULL,
    end_date             DATE          NULL,
    venue                VARCHAR(255)  NULL,
    capacity             INT           NULL,
    attendance_threshold INT           NOT NULL DEFAULT 80,
    status               VARCHAR(20)   NOT NULL,
    search_key           VARCHAR(400)  NOT NULL,
    created_at           DATETIME(6)   NULL,
    created_by           VARCHAR(50)   NULL,
    modified_at          DATETIME(6)   NULL,
    modified_by          VARCHAR(50)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_training_class_code UNIQUE (code),
    CONSTRAINT fk_training_class_plan FOREIGN KEY (plan_id) REFERENCES training_plan (id),
    CONSTRAINT fk_training_class_unit FOREIGN KEY (organizing_unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_training_class_status ON training_class (status);
CREATE INDEX ix_training_class_year ON training_class (class_year);
CREATE INDEX ix_training_class_plan ON training_class (plan_id);
CREATE INDEX ix_training_class_unit ON training_class (organizing_unit_id);
CREATE INDEX ix_training_class_start ON training_class (start_date);
CREATE INDEX ix_training_class_search_key ON training_class (search_key);

CREATE TABLE class_coordinating_unit (
    class_id BIGINT NOT NULL,
    unit_id  BIGINT NOT NULL,
    PRIMARY KEY (class_id, unit_id),
    CONSTRAINT fk_ccu_class FOREIGN KEY (class_id) REFERENCES training_class (id) ON DELETE CASCADE,
    CONSTRAINT fk_ccu_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
