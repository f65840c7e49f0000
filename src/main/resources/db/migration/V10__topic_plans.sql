-- Lecturers' topic plans (đề cương chuyên đề): one plan per class topic, kept as numbered versions (every submitted
-- version stays readable), the steps of its review, its attachments (bytes in 1 MB pieces, as decision scans), and
-- the classes' own submission dates. Long texts are TEXT so that a version's row stays within InnoDB's row size.

CREATE TABLE topic_plan (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    version           BIGINT      NOT NULL DEFAULT 0,
    class_topic_id    BIGINT      NOT NULL,
    current_version_id BIGINT     NULL,
    in_force_version_id BIGINT    NULL,
    created_at        DATETIME(6) NULL,
    created_by        VARCHAR(50) NULL,
    modified_at       DATETIME(6) NULL,
    modified_by       VARCHAR(50) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_topic_plan_topic UNIQUE (class_topic_id),
    CONSTRAINT fk_topic_plan_topic FOREIGN KEY (class_topic_id) REFERENCES class_topic (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE topic_plan_version (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    version             BIGINT       NOT NULL DEFAULT 0,
    plan_id             BIGINT       NOT NULL,
    number              INT          NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    objectives_knowledge TEXT        NULL,
    objectives_skills   TEXT         NULL,
    objectives_attitude TEXT         NULL,
    teaching_methods    TEXT         NULL,
    materials           TEXT         NULL,
    questions           TEXT         NULL,
    trainee_preparation TEXT         NULL,
    review_comment      TEXT         NULL,
    submitted_by        VARCHAR(255) NULL,
    submitted_at        DATETIME(6)  NULL,
    reviewed_by         VARCHAR(255) NULL,
    reviewed_at         DATETIME(6)  NULL,
    created_at          DATETIME(6)  NULL,
    created_by          VARCHAR(50)  NULL,
    modified_at         DATETIME(6)  NULL,
    modified_by         VARCHAR(50)  NULL,
    PRIMARY KEY (id),
    -- Two people revising at once cannot both start version n+1.
    CONSTRAINT uk_topic_plan_version_number UNIQUE (plan_id, number),
    CONSTRAINT fk_topic_plan_version_plan FOREIGN KEY (plan_id) REFERENCES topic_plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_topic_plan_version_status ON topic_plan_version (status);

ALTER TABLE topic_plan ADD CONSTRAINT fk_topic_plan_current FOREIGN KEY (current_version_id)
    REFERENCES topic_plan_version (id);
ALTER TABLE topic_plan ADD CONSTRAINT fk_topic_plan_in_force FOREIGN KEY (in_force_version_id)
    REFERENCES topic_plan_version (id);

CREATE TABLE topic_plan_section (
    version_id BIGINT        NOT NULL,
    seq        INT           NOT NULL,
    title      VARCHAR(500)  NOT NULL,
    summary    VARCHAR(4000) NULL,
    periods    INT           NOT NULL,
    PRIMARY KEY (version_id, seq),
    CONSTRAINT fk_topic_plan_section_version FOREIGN KEY (version_id) REFERENCES topic_plan_version (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE topic_plan_step (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id        BIGINT       NOT NULL,
    version_number INT          NOT NULL,
    from_status    VARCHAR(20)  NULL,
    to_status      VARCHAR(20)  NOT NULL,
    actor          VARCHAR(50)  NOT NULL,
    actor_name     VARCHAR(255) NOT NULL,
    step_at        DATETIME(6)  NOT NULL,
    comment        TEXT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_topic_plan_step_plan FOREIGN KEY (plan_id) REFERENCES topic_plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_topic_plan_step_plan ON topic_plan_step (plan_id, step_at);

CREATE TABLE topic_plan_file (
    id   BIGINT NOT NULL AUTO_INCREMENT,
    size BIGINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE topic_plan_file_chunk (
    file_id BIGINT     NOT NULL,
    seq     INT        NOT NULL,
    content MEDIUMBLOB NOT NULL,
    PRIMARY KEY (file_id, seq),
    CONSTRAINT fk_topic_plan_file_chunk FOREIGN KEY (file_id) REFERENCES topic_plan_file (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An attachment belongs to one version; a revision copies the rows and shares the (never changed) file.
CREATE TABLE topic_plan_attachment (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version_id BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    file_id    BIGINT       NOT NULL,
    file_name  VARCHAR(255) NOT NULL,
    file_size  BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_topic_plan_attachment_version FOREIGN KEY (version_id) REFERENCES topic_plan_version (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_topic_plan_attachment_file FOREIGN KEY (file_id) REFERENCES topic_plan_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_topic_plan_attachment_version ON topic_plan_attachment (version_id);

-- A class's own submission date for plans; without a row the date is the class's start minus
-- app.topic-plans.deadline-days. Kept here so that the class does not depend on topic plans.
CREATE TABLE topic_plan_deadline (
    class_id BIGINT NOT NULL,
    due_date DATE   NOT NULL,
    PRIMARY KEY (class_id),
    CONSTRAINT fk_topic_plan_deadline_class FOREIGN KEY (class_id) REFERENCES training_class (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
