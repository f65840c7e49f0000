package vn.lopboiduong.security;

import java.util.List;

/**
 * The role names, in one place. They are strings so that {@code @RolesAllowed} and {@code @PreAuthorize} can use
 * them; {@link Role} is the same list as a type for the database and the forms.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String ORGANIZER = "ORGANIZER";
    public static final String LECTURER = "LECTURER";
    public static final String VIEWER = "VIEWER";

    public static final List<String> ALL = List.of(ADMIN, ORGANIZER, LECTURER, VIEWER);

    private Roles() {
    }
}
