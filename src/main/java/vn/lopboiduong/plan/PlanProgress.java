package vn.lopboiduong.plan;

import java.util.Collection;
import java.util.Map;

/**
 * How far plans have come: their classes counted by the class feature (which depends on plans, not the other way
 * round). One aggregate query for a whole page of plans.
 */
public interface PlanProgress {

    /** Progress of each given plan; plans without classes are absent. */
    Map<Long, Progress> of(Collection<Long> planIds);

    /**
     * @param classes every class of the plan except cancelled ones
     * @param held classes opened or completed
     * @param capacity the places those classes offer
     */
    record Progress(long classes, long held, long capacity) {

        public static final Progress NONE = new Progress(0, 0, 0);
    }
}
