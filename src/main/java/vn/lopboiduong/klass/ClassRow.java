package vn.lopboiduong.klass;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of the classes list, built by the list's query with its plan's number and organising unit's name. */
public record ClassRow(long id, String code, String name, @Nullable String cohort, int year,
        @Nullable String planNumber, String organizingUnit, @Nullable LocalDate startDate,
        @Nullable LocalDate endDate, @Nullable String venue, @Nullable Integer capacity, ClassStatus status) {

    /** The name as lists show it: with the cohort, unless the name already says it. */
    public String nameWithCohort() {
        return TrainingClass.nameWithCohort(name, cohort);
    }

    /** The row of a class read with its plan and organising unit. */
    public static ClassRow of(TrainingClass c) {
        return new ClassRow(c.requireId(), c.getCode(), c.getName(), c.getCohort(), c.getYear(),
                c.getPlan() == null ? null : c.getPlan().getNumber(),
                c.getOrganizingUnit() == null ? "" : c.getOrganizingUnit().getName(), c.getStartDate(),
                c.getEndDate(), c.getVenue(), c.getCapacity(), c.getStatus());
    }
}
