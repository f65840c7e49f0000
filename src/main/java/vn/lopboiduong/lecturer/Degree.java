package vn.lopboiduong.lecturer;

/** Học vị, abbreviated as Vietnamese documents print it before a name. */
public enum Degree {
    BACHELOR("CN."), MASTER("ThS."), DOCTOR("TS."), DOCTOR_OF_SCIENCE("TSKH.");

    private final String abbreviation;

    Degree(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String abbreviation() {
        return abbreviation;
    }
}
