-- Course management, part 2: reusable programmes and each class's own copy of its topics.

CREATE TABLE program (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version     BIGINT        NOT NULL DEFAULT 0,
    name        VARCHAR(255)  NOT NULL,
    description VARCHAR(2000) NULL,
    search_key  VARCHAR(400)  NOT NULL,
    created_at  DATETIME(6)   NULL,
    created_by  VARCHAR(50)   NULL,
    modified_at DATETIME(6)   NULL,
    modified_by VARCHAR(50)   NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_program_search_key ON program (search_key);
CREATE INDEX ix_program_name ON program (name);

CREATE TABLE program_topic (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL DEFAULT 0,
    program_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    title       VARCHAR(500) NOT NULL,
    topic_group VARCHAR(255) NULL,
    kind        VARCHAR(20)  NOT NULL,
    periods     INT          NOT NULL,
    created_at  DATETIME(6)  NULL,
    created_by  VARCHAR(50)  NULL,
    modified_at DATETIME(6)  NULL,
    modified_by VARCHAR(50)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_program_topic_program FOREIGN KEY (program_id) REFERENCES program (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_program_topic_order ON program_topic (program_id, position);

CREATE TABLE class_topic (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL DEFAULT 0,
    class_id    BIGINT       NOT NULL,
    position    INT          NOT NULL,
    title       VARCHAR(500) NOT NULL,
    topic_group VARCHAR(255) NULL,
    kind        VARCHAR(20)  NOT NULL,
    periods     INT          NOT NULL,
    lecturer_id BIGINT       NULL,
    created_at  DATETIME(6)  NULL,
    created_by  VARCHAR(50)  NULL,
    modified_at DATETIME(6)  NULL,
    modified_by VARCHAR(50)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_class_topic_class FOREIGN KEY (class_id) REFERENCES training_class (id) ON DELETE CASCADE,
    CONSTRAINT fk_class_topic_lecturer FOREIGN KEY (lecturer_id) REFERENCES lecturer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_class_topic_order ON class_topic (class_id, position);
CREATE INDEX ix_class_topic_lecturer ON class_topic (lecturer_id);
