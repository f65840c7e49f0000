package vn.lopboiduong.plan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of the plans list, built by the list's query; its progress is read for the whole page at once. */
public record PlanRow(long id, String number, @Nullable LocalDate issueDate, String issuingBody,
        @Nullable String term, int targetClasses, int targetTrainees) {
}
