package vn.lopboiduong.topicplan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.domain.AbstractEntity;

/**
 * One version of a topic plan: the content a school's đề cương asks for, its status, and who submitted and
 * reviewed it, when. Only a draft or returned version changes; the others are kept as they were.
 */
@Entity
@Table(name = "topic_plan_version")
class TopicPlanVersion extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private @Nullable TopicPlan plan;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private TopicPlanStatus status = TopicPlanStatus.DRAFT;

    @Column(name = "objectives_knowledge", columnDefinition = "text")
    private @Nullable String knowledge;

    @Column(name = "objectives_skills", columnDefinition = "text")
    private @Nullable String skills;

    @Column(name = "objectives_attitude", columnDefinition = "text")
    private @Nullable String attitude;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "topic_plan_section", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "seq")
    private List<PlanSection> sections = new ArrayList<>();

    @Column(name = "teaching_methods", columnDefinition = "text")
    private @Nullable String teachingMethods;

    @Column(columnDefinition = "text")
    private @Nullable String materials;

    @Column(columnDefinition = "text")
    private @Nullable String questions;

    @Column(name = "trainee_preparation", columnDefinition = "text")
    private @Nullable String traineePreparation;

    @Column(name = "review_comment", columnDefinition = "text")
    private @Nullable String reviewComment;

    @Column(name = "submitted_by")
    private @Nullable String submittedBy;

    @Column(name = "submitted_at")
    private @Nullable LocalDateTime submittedAt;

    @Column(name = "reviewed_by")
    private @Nullable String reviewedBy;

    @Column(name = "reviewed_at")
    private @Nullable LocalDateTime reviewedAt;

    protected TopicPlanVersion() {
    }

    TopicPlanVersion(TopicPlan plan, int number) {
        this.plan = plan;
        this.number = number;
    }

    TopicPlan getPlan() {
        if (plan == null) {
            throw new IllegalStateException("A version always has its plan");
        }
        return plan;
    }

    int getNumber() {
        return number;
    }

    TopicPlanStatus getStatus() {
        return status;
    }

    void setStatus(TopicPlanStatus status) {
        this.status = status;
    }

    PlanContent content() {
        return new PlanContent(knowledge, skills, attitude, sections.stream()
                .map(s -> new PlanContent.Section(s.getTitle(), s.getSummary(), s.getPeriods())).toList(),
                teachingMethods, materials, questions, traineePreparation);
    }

    void setContent(PlanContent content) {
        knowledge = trimToNull(content.knowledge());
        skills = trimToNull(content.skills());
        attitude = trimToNull(content.attitude());
        sections.clear();
        for (PlanContent.Section section : content.sections()) {
            sections.add(new PlanSection(section.title().strip(), trimToNull(section.summary()), section.periods()));
        }
        teachingMethods = trimToNull(content.teachingMethods());
        materials = trimToNull(content.materials());
        questions = trimToNull(content.questions());
        traineePreparation = trimToNull(content.traineePreparation());
    }

    @Nullable String getReviewComment() {
        return reviewComment;
    }

    @Nullable String getSubmittedBy() {
        return submittedBy;
    }

    @Nullable LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    void submitted(String by, LocalDateTime at) {
        submittedBy = by;
        submittedAt = at;
        reviewedBy = null;
        reviewedAt = null;
    }

    @Nullable String getReviewedBy() {
        return reviewedBy;
    }

    @Nullable LocalDateTime getReviewedAt() {
        return reviewedAt;
    }

    void reviewed(String by, LocalDateTime at, @Nullable String comment) {
        reviewedBy = by;
        reviewedAt = at;
        reviewComment = trimToNull(comment);
    }
}
