package vn.lopboiduong.klass;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of the classes list, read in one query with its plan and organising unit. */
public record ClassRow(long id, String code, String name, @Nullable String cohort, int year,
        @Nullable String planNumber, String organizingUnit, @Nullable LocalDate startDate,
        @Nullable LocalDate endDate, @Nullable String venue, @Nullable Integer capacity, ClassStatus status) {
}
