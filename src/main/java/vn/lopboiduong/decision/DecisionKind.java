package vn.lopboiduong.decision;

/** What a decision does for a class. */
public enum DecisionKind {
    /** Mở lớp. */
    OPEN_CLASS,
    /** Thành lập Ban Quản lý lớp. */
    MANAGEMENT_BOARD,
    /** Thành lập Ban Cán sự lớp. */
    CLASS_OFFICERS,
    /** Công nhận hoàn thành chương trình. */
    COMPLETION,
    OTHER;

    public String translationKey() {
        return "decision.kind." + name();
    }
}
