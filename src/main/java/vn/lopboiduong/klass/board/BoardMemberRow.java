package vn.lopboiduong.klass.board;

import org.jspecify.annotations.Nullable;

/** A board member as the class page lists them. */
public record BoardMemberRow(long id, BoardRole role, String fullName, @Nullable String position,
        @Nullable String phone, @Nullable Long lecturerId) {
}
