package vn.lopboiduong.topicplan;

/** What a plan's attachment is: the full written plan (DOCX or PDF) or the lecture's slides (PPTX or PDF). */
public enum AttachmentKind {
    PLAN_DOCUMENT, SLIDES;

    public String translationKey() {
        return "topic-plans.attachment." + name();
    }
}
