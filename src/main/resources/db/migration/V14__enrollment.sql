-- Issue 9: trainees enrolled in classes. One enrolment per person and class; an enrolment withdrawn after the
-- class opened is kept with its reason. A class with enrolments cannot be deleted (no cascade).
CREATE TABLE enrollment (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          BIGINT       NOT NULL DEFAULT 0,
    class_id         BIGINT       NOT NULL,
    trainee_id       BIGINT       NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    withdrawn_reason VARCHAR(500) NULL,
    withdrawn_at     DATETIME(6)  NULL,
    created_at       DATETIME(6)  NULL,
    created_by       VARCHAR(50)  NULL,
    modified_at      DATETIME(6)  NULL,
    modified_by      VARCHAR(50)  NULL,
    CONSTRAINT pk_enrollment PRIMARY KEY (id),
    CONSTRAINT uq_enrollment_class_trainee UNIQUE (class_id, trainee_id),
    CONSTRAINT fk_enrollment_class FOREIGN KEY (class_id) REFERENCES training_class (id),
    CONSTRAINT fk_enrollment_trainee FOREIGN KEY (trainee_id) REFERENCES trainee (id)
);

-- A person's classes (history, overlapping dates).
CREATE INDEX ix_enrollment_trainee ON enrollment (trainee_id);
