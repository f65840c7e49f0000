package vn.lopboiduong.unit;

/** What an organisation is, from the school down to a Party cell. */
public enum UnitKind {
    /** Trường Chính trị tỉnh, a training centre. */
    SCHOOL,
    /** Khoa, phòng: a faculty or office of the school. */
    FACULTY,
    /** Cơ quan tham mưu: e.g. the city Party committee's organisation board. */
    PARTY_BOARD,
    /** Đảng ủy, Đảng bộ: a Party committee of a ward, commune or agency. */
    PARTY_COMMITTEE,
    /** Chi bộ. */
    PARTY_CELL,
    OTHER;

    public String translationKey() {
        return "unit.kind." + name();
    }
}
