package vn.lopboiduong.program;

/**
 * What an item of a programme is. Declared in the order a class meets them (opening, lectures and discussions,
 * field study, exam, closing): the kind column sorts, and the form offers them, in this order.
 */
public enum TopicKind {
    OPENING, LECTURE, DISCUSSION, FIELD_STUDY, EXAM, CLOSING;

    public String translationKey() {
        return "topic.kind." + name();
    }
}
