package vn.lopboiduong.lecturer;

/** Học hàm, written before the degree in a name: "PGS.TS. Nguyễn Văn A". */
public enum AcademicTitle {
    PROFESSOR("GS."), ASSOCIATE_PROFESSOR("PGS.");

    private final String abbreviation;

    AcademicTitle(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String abbreviation() {
        return abbreviation;
    }
}
