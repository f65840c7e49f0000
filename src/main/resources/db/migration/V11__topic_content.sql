-- Issue 8: a programme item (and the class topic copied from it) says what it is about: its objectives and main
-- contents, from which a lecturer's plan may start.
ALTER TABLE program_topic ADD COLUMN objectives TEXT NULL;
ALTER TABLE program_topic ADD COLUMN main_content TEXT NULL;
ALTER TABLE class_topic ADD COLUMN objectives TEXT NULL;
ALTER TABLE class_topic ADD COLUMN main_content TEXT NULL;
