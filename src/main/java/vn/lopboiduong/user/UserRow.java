package vn.lopboiduong.user;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.security.Role;

/** One row of the accounts list, read in one query with the account's roles. */
public record UserRow(long id, String username, String fullName, @Nullable String email, Set<Role> roles,
        boolean active, @Nullable LocalDateTime lastLoginAt) {

    /** The row as the query builds it: the roles come as one comma-separated column. */
    public UserRow(long id, String username, String fullName, @Nullable String email, @Nullable String roles,
            boolean active, @Nullable LocalDateTime lastLoginAt) {
        this(id, username, fullName, email, parse(roles), active, lastLoginAt);
    }

    public UserRow {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private static Set<Role> parse(@Nullable String roles) {
        EnumSet<Role> parsed = EnumSet.noneOf(Role.class);
        if (roles != null && !roles.isBlank()) {
            Arrays.stream(roles.split(",")).map(String::trim).map(Role::valueOf).forEach(parsed::add);
        }
        return parsed;
    }
}
