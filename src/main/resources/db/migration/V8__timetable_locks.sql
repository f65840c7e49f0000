-- Issue 7 (klass): one row per timetable day, locked while a session on that day is checked and saved, so that
-- two users at once can never book the same lecturer or room at overlapping times.

CREATE TABLE timetable_day_lock (
    lock_day DATE NOT NULL,
    PRIMARY KEY (lock_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A session now follows its topic's lecturer unless it has its own; drafts used to copy the topic's lecturer
-- into the session, so those copies become "follows the topic" again.
UPDATE class_session
SET lecturer_id = NULL
WHERE topic_id IS NOT NULL
  AND lecturer_id = (SELECT t.lecturer_id FROM class_topic t WHERE t.id = class_session.topic_id);
