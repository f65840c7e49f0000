package vn.lopboiduong.enrollment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.i18n.DateFormats;

/** A line of a class's roster, built by its query. */
public record RosterRow(long id, long version, long traineeId, String fullName, @Nullable LocalDate birthDate,
        @Nullable Integer birthYear, @Nullable String positionName, @Nullable String unitName,
        @Nullable String workplace, EnrollmentStatus status, @Nullable String withdrawnReason) {

    /** The date of birth as lists print it, or the year alone. */
    public @Nullable String born() {
        if (birthDate != null) {
            return DateFormats.format(birthDate);
        }
        return birthYear == null ? null : String.valueOf(birthYear);
    }
}
