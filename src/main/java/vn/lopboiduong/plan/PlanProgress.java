package vn.lopboiduong.plan;

import java.util.Collection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * How far plans have come: their classes counted by the class feature (which depends on plans, not the other way
 * round). One aggregate query for a whole page of plans.
 */
public interface PlanProgress {

    /** Progress of each given plan. */
    Map<Long, Progress> of(Collection<Long> planIds);

    /** One page of the plan's classes, earliest first, as the plan shows them. */
    List<PlanClass> classesOf(long planId, Pageable pageable);

    long countClassesOf(long planId);

    /** A class of the plan; {@code statusKey} is the translation key of its status. */
    record PlanClass(long id, String code, String name, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
            @Nullable Integer capacity, String statusKey) {
    }

    /**
     * @param classes every class of the plan except cancelled ones
     * @param held classes opened or completed
     * @param capacity the places those classes offer
     * @param enrolled the trainees enrolled in those classes (withdrawn ones not counted)
     */
    record Progress(long classes, long held, long capacity, long enrolled) {

        public static final Progress NONE = new Progress(0, 0, 0, 0);
    }
}
