-- Course management, part 3: the timetable (sessions of a class).

CREATE TABLE class_session (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    version      BIGINT       NOT NULL DEFAULT 0,
    class_id     BIGINT       NOT NULL,
    topic_id     BIGINT       NULL,
    session_date DATE         NOT NULL,
    day_part     VARCHAR(10)  NOT NULL,
    start_time   TIME         NOT NULL,
    end_time     TIME         NOT NULL,
    lecturer_id  BIGINT       NULL,
    room         VARCHAR(150) NULL,
    room_key     VARCHAR(150) NULL,
    created_at   DATETIME(6)  NULL,
    created_by   VARCHAR(50)  NULL,
    modified_at  DATETIME(6)  NULL,
    modified_by  VARCHAR(50)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_class_session_class FOREIGN KEY (class_id) REFERENCES training_class (id) ON DELETE CASCADE,
    CONSTRAINT fk_class_session_topic FOREIGN KEY (topic_id) REFERENCES class_topic (id) ON DELETE SET NULL,
    CONSTRAINT fk_class_session_lecturer FOREIGN KEY (lecturer_id) REFERENCES lecturer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_class_session_class_date ON class_session (class_id, session_date, start_time);
CREATE INDEX ix_class_session_lecturer_date ON class_session (lecturer_id, session_date);
CREATE INDEX ix_class_session_room_date ON class_session (room_key, session_date);
CREATE INDEX ix_class_session_date ON class_session (session_date);
