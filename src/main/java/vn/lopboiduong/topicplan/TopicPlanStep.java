package vn.lopboiduong.topicplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One step of a plan's history: who moved which version from what to what, when, and what they said. Never changed. */
@Entity
@Table(name = "topic_plan_step")
class TopicPlanStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private @Nullable TopicPlan plan;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status", length = 20)
    private @Nullable TopicPlanStatus from;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", nullable = false, length = 20)
    private TopicPlanStatus to = TopicPlanStatus.DRAFT;

    @Column(nullable = false, length = 50)
    private String actor = "";

    @Column(name = "actor_name", nullable = false)
    private String actorName = "";

    @Column(name = "step_at", nullable = false)
    private @Nullable LocalDateTime stepAt;

    @Column(columnDefinition = "text")
    private @Nullable String comment;

    protected TopicPlanStep() {
    }

    TopicPlanStep(TopicPlan plan, int versionNumber, @Nullable TopicPlanStatus from, TopicPlanStatus to,
            String actor, String actorName, LocalDateTime at, @Nullable String comment) {
        this.plan = plan;
        this.versionNumber = versionNumber;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.actorName = actorName;
        this.stepAt = at;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    int getVersionNumber() {
        return versionNumber;
    }

    @Nullable TopicPlanStatus getFrom() {
        return from;
    }

    TopicPlanStatus getTo() {
        return to;
    }

    String getActor() {
        return actor;
    }

    String getActorName() {
        return actorName;
    }

    LocalDateTime getAt() {
        if (stepAt == null) {
            throw new IllegalStateException("A step always has its time");
        }
        return stepAt;
    }

    @Nullable String getComment() {
        return comment;
    }
}
