package vn.lopboiduong.lecturer;

/** Internal: on the school's faculty. Guest: a leader or expert invited to speak. */
public enum LecturerKind {
    INTERNAL, GUEST;

    public String translationKey() {
        return "lecturer.kind." + name();
    }
}
