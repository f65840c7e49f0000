package vn.lopboiduong.program;

/** What an item of a programme is. */
public enum TopicKind {
    LECTURE, DISCUSSION, FIELD_STUDY, OPENING, CLOSING, EXAM;

    public String translationKey() {
        return "topic.kind." + name();
    }
}
