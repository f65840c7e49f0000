package vn.lopboiduong.klass.board;

/** A place on a class's management board, in the order the board is listed. */
public enum BoardRole {
    /** Trưởng ban: heads the board; a class has at most one. */
    HEAD,
    /** Phó trưởng ban. */
    DEPUTY,
    /** Ủy viên. */
    MEMBER,
    /** Chủ nhiệm lớp: the staff member who follows the class day to day. */
    FORM_TEACHER;

    public String translationKey() {
        return "board.role." + name();
    }
}
