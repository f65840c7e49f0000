package vn.lopboiduong.enrollment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A class in a person's training history, built by its query. */
public record HistoryRow(long classId, String classCode, String className, @Nullable LocalDate startDate,
        @Nullable LocalDate endDate, EnrollmentStatus status, @Nullable String withdrawnReason) {
}
