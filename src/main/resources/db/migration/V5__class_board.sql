-- The class management board (Ban Quản lý lớp): the staff assigned to run one class.

CREATE TABLE class_board_member (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL DEFAULT 0,
    class_id    BIGINT       NOT NULL,
    board_role  VARCHAR(20)  NOT NULL,
    full_name   VARCHAR(150) NOT NULL,
    position    VARCHAR(255) NULL,
    phone       VARCHAR(20)  NULL,
    lecturer_id BIGINT       NULL,
    created_at  DATETIME(6)  NULL,
    created_by  VARCHAR(50)  NULL,
    modified_at DATETIME(6)  NULL,
    modified_by VARCHAR(50)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_board_class FOREIGN KEY (class_id) REFERENCES training_class (id) ON DELETE CASCADE,
    CONSTRAINT fk_board_lecturer FOREIGN KEY (lecturer_id) REFERENCES lecturer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_board_class ON class_board_member (class_id);
