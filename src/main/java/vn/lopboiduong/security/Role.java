package vn.lopboiduong.security;

/** A role an account can hold; see DOMAIN.md for what each may do. */
public enum Role {
    ADMIN(Roles.ADMIN),
    ORGANIZER(Roles.ORGANIZER),
    LECTURER(Roles.LECTURER),
    VIEWER(Roles.VIEWER);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + roleName;
    }

    /** Translation key of the role's display name. */
    public String translationKey() {
        return "role." + roleName;
    }
}
