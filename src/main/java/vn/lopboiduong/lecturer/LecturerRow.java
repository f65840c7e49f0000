package vn.lopboiduong.lecturer;

import org.jspecify.annotations.Nullable;

/** One row of the lecturers list, read with its unit and account in the same query. */
public record LecturerRow(long id, String displayName, LecturerKind kind, @Nullable String position,
        @Nullable String unitName, @Nullable String phone, @Nullable String email, @Nullable String username) {
}
