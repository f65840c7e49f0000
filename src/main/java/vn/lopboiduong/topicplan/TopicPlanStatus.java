package vn.lopboiduong.topicplan;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.domain.BusinessException;

/**
 * Where a version of a topic plan stands, and the only moves between them. The lecturer (or the committee for a
 * guest without an account) submits a draft or a returned version; the committee alone approves or returns a
 * submitted one, returning only with a comment; an approved version is superseded when a newer one is approved.
 * A new version always starts as a draft (revising an approved plan), so no move leads back to DRAFT.
 */
public enum TopicPlanStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED, SUPERSEDED;

    /** Whether the version's content may still be changed: a draft, or a returned version being corrected. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String translationKey() {
        return "topic-plans.status." + name();
    }

    /** The statuses this one may move to. */
    public Set<TopicPlanStatus> next() {
        return switch (this) {
            case DRAFT, RETURNED -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(APPROVED, RETURNED);
            case APPROVED -> Set.of(SUPERSEDED);
            case SUPERSEDED -> Set.of();
        };
    }

    /**
     * Refuses a move the workflow does not allow, or one the caller may not make: approving and returning are the
     * committee's review; a return must say why.
     *
     * @throws BusinessException naming the refused move
     */
    public void checkMove(TopicPlanStatus target, boolean byCommittee, @Nullable String comment) {
        if (!next().contains(target)) {
            throw new BusinessException("topic-plans.error.move");
        }
        if ((target == APPROVED || target == RETURNED) && !byCommittee) {
            throw new BusinessException("topic-plans.error.review-by-committee");
        }
        if (target == RETURNED && (comment == null || comment.isBlank())) {
            throw new BusinessException("topic-plans.error.return-comment");
        }
    }
}
