package vn.lopboiduong.enrollment;

/** An enrolment stands, or was withdrawn after the class opened (with a reason; it is never deleted then). */
public enum EnrollmentStatus {
    ENROLLED, WITHDRAWN;

    public String translationKey() {
        return "enrollment.status." + name();
    }
}
