package vn.lopboiduong.topicplan;

import org.jspecify.annotations.Nullable;

/**
 * A plan's version was submitted, approved or returned ({@code to}), by {@code actorName}, with the reviewer's
 * comment if any. Published inside the step's transaction; listeners that tell people act after it commits.
 */
public record PlanStepped(long topicId, int versionNumber, TopicPlanStatus to, String actorName,
        @Nullable String comment) {
}
