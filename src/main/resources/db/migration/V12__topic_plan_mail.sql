-- Issue 8: e-mail reminders about topic plans. Each reminder sent (a topic, for a deadline) is a row, so that it is
-- never sent twice; ShedLock's table keeps two instances of the portal from running a scheduled job at once.
CREATE TABLE topic_plan_reminder (
    topic_id BIGINT       NOT NULL,
    due_date DATE         NOT NULL,
    sent_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_topic_plan_reminder PRIMARY KEY (topic_id, due_date),
    CONSTRAINT fk_topic_plan_reminder_topic FOREIGN KEY (topic_id) REFERENCES class_topic (id) ON DELETE CASCADE
);

CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
