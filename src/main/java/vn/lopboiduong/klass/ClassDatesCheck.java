package vn.lopboiduong.klass;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A check, by a feature that hangs things on a class's dates (its timetable), that new dates leave nothing outside
 * them. Implemented in those features' packages, so that the class does not depend on them.
 */
public interface ClassDatesCheck {

    /** Refuses ({@code BusinessException}) dates that would leave something of the class outside them. */
    void check(long classId, @Nullable LocalDate start, @Nullable LocalDate end);
}
