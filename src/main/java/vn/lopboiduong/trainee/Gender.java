package vn.lopboiduong.trainee;

/** As trainee lists give it ("Nam" / "Nữ"). */
public enum Gender {
    MALE, FEMALE;

    public String translationKey() {
        return "trainee.gender." + name();
    }
}
