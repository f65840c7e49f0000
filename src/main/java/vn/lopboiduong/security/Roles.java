package vn.lopboiduong.security;


/**
 * The role names, in one place. They are strings so that {@code @RolesAllowed} and {@code @PreAuthorize} can use
 * them; {@link Role} is the same list as a type for the database and the forms.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String ORGANIZER = "ORGANIZER";
    public static final String LECTURER = "LECTURER";
    public static final String VIEWER = "VIEWER";

    /** Method-security expressions for the services, so each access level is spelt once. */
    public static final String IS_ADMIN = "hasRole('" + ADMIN + "')";
    /** Administrators and the organizing committee: those who change course data. */
    public static final String IS_COMMITTEE = "hasAnyRole('" + ADMIN + "', '" + ORGANIZER + "')";
    /** The committee and leaders: those who read everything. */
    public static final String IS_COMMITTEE_OR_VIEWER = "hasAnyRole('" + ADMIN + "', '" + ORGANIZER + "', '"
            + VIEWER + "')";
    /** Every role; lecturers then see only their own rows, as each service decides. */
    public static final String IS_ANY_ROLE = "hasAnyRole('" + ADMIN + "', '" + ORGANIZER + "', '" + VIEWER
            + "', '" + LECTURER + "')";

    private Roles() {
    }
}
