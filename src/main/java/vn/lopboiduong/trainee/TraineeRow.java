package vn.lopboiduong.trainee;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A line of the registry, built by its query (no entity loaded). */
public record TraineeRow(long id, String fullName, @Nullable Gender gender, @Nullable LocalDate birthDate,
        @Nullable Integer birthYear, @Nullable String positionName, @Nullable String unitName,
        @Nullable String workplace, @Nullable String phone, @Nullable String citizenId) {

    /** The date of birth as lists print it, or the year alone. */
    public @Nullable String born() {
        if (birthDate != null) {
            return vn.lopboiduong.base.i18n.DateFormats.format(birthDate);
        }
        return birthYear == null ? null : String.valueOf(birthYear);
    }
}
