package vn.lopboiduong.trainee;

/** The managed lists a trainee's record picks from. */
public enum OptionKind {
    /** Chức vụ: bí thư, phó bí thư, chi ủy viên, cấp ủy viên… */
    POSITION,
    /** Trình độ lý luận chính trị: sơ cấp, trung cấp, cao cấp, cử nhân. */
    THEORY_LEVEL,
    /** Trình độ học vấn / chuyên môn: trung cấp, cao đẳng, đại học, thạc sĩ, tiến sĩ. */
    EDUCATION_LEVEL;

    public String translationKey() {
        return "trainee.option-kind." + name();
    }
}
