-- Issue 9: the trainee registry, one record per person across years, and the managed lists it refers to.
CREATE TABLE trainee_option (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL DEFAULT 0,
    kind        VARCHAR(20)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    name_key    VARCHAR(100) NOT NULL,
    position    INT          NOT NULL,
    created_at  DATETIME(6)  NULL,
    created_by  VARCHAR(50)  NULL,
    modified_at DATETIME(6)  NULL,
    modified_by VARCHAR(50)  NULL,
    CONSTRAINT pk_trainee_option PRIMARY KEY (id),
    CONSTRAINT uq_trainee_option_name UNIQUE (kind, name_key)
);

INSERT INTO trainee_option (kind, name, name_key, position) VALUES
    ('POSITION', 'Bí thư', 'bi thu', 1),
    ('POSITION', 'Phó Bí thư', 'pho bi thu', 2),
    ('POSITION', 'Chi ủy viên', 'chi uy vien', 3),
    ('POSITION', 'Cấp ủy viên', 'cap uy vien', 4),
    ('POSITION', 'Đảng viên', 'dang vien', 5),
    ('THEORY_LEVEL', 'Sơ cấp', 'so cap', 1),
    ('THEORY_LEVEL', 'Trung cấp', 'trung cap', 2),
    ('THEORY_LEVEL', 'Cao cấp', 'cao cap', 3),
    ('THEORY_LEVEL', 'Cử nhân', 'cu nhan', 4),
    ('EDUCATION_LEVEL', 'Trung học phổ thông', 'trung hoc pho thong', 1),
    ('EDUCATION_LEVEL', 'Trung cấp', 'trung cap', 2),
    ('EDUCATION_LEVEL', 'Cao đẳng', 'cao dang', 3),
    ('EDUCATION_LEVEL', 'Đại học', 'dai hoc', 4),
    ('EDUCATION_LEVEL', 'Thạc sĩ', 'thac si', 5),
    ('EDUCATION_LEVEL', 'Tiến sĩ', 'tien si', 6);

CREATE TABLE trainee (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    version            BIGINT       NOT NULL DEFAULT 0,
    full_name          VARCHAR(150) NOT NULL,
    gender             VARCHAR(10)  NULL,
    birth_date         DATE         NULL,
    birth_year         INT          NULL,
    ethnicity          VARCHAR(50)  NULL,
    position_id        BIGINT       NULL,
    party_unit_id      BIGINT       NULL,
    workplace          VARCHAR(255) NULL,
    theory_level_id    BIGINT       NULL,
    education_level_id BIGINT       NULL,
    phone              VARCHAR(20)  NULL,
    email              VARCHAR(150) NULL,
    citizen_id         VARCHAR(12)  NULL,
    notes              VARCHAR(1000) NULL,
    name_key           VARCHAR(150) NOT NULL,
    search_key         VARCHAR(400) NOT NULL,
    created_at         DATETIME(6)  NULL,
    created_by         VARCHAR(50)  NULL,
    modified_at        DATETIME(6)  NULL,
    modified_by        VARCHAR(50)  NULL,
    CONSTRAINT pk_trainee PRIMARY KEY (id),
    CONSTRAINT uq_trainee_citizen_id UNIQUE (citizen_id),
    CONSTRAINT fk_trainee_position FOREIGN KEY (position_id) REFERENCES trainee_option (id),
    CONSTRAINT fk_trainee_party_unit FOREIGN KEY (party_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_trainee_theory_level FOREIGN KEY (theory_level_id) REFERENCES trainee_option (id),
    CONSTRAINT fk_trainee_education_level FOREIGN KEY (education_level_id) REFERENCES trainee_option (id)
);

-- Duplicate checks look people up by folded name with their date or year of birth.
CREATE INDEX ix_trainee_name_birth ON trainee (name_key, birth_year, birth_date);
CREATE INDEX ix_trainee_party_unit ON trainee (party_unit_id);
