package vn.lopboiduong.lecturer;

import org.jspecify.annotations.Nullable;

/** One row of the lecturers list, built by the list's query with its unit's name and account's user name. */
public record LecturerRow(long id, String displayName, LecturerKind kind, @Nullable String position,
        @Nullable String unitName, @Nullable String phone, @Nullable String email, @Nullable String username) {

    /** The row as the query builds it: the name as documents print it is put together from its parts. */
    public LecturerRow(long id, @Nullable AcademicTitle academicTitle, @Nullable Degree degree, String fullName,
            LecturerKind kind, @Nullable String position, @Nullable String unitName, @Nullable String phone,
            @Nullable String email, @Nullable String username) {
        this(id, Lecturer.displayName(academicTitle, degree, fullName), kind, position, unitName, phone, email,
                username);
    }
}
