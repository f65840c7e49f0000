package vn.lopboiduong.topicplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A class's own submission date for its topic plans, set by the committee in place of the default. */
@Entity
@Table(name = "topic_plan_deadline")
class PlanDeadline {

    @Id
    @Column(name = "class_id")
    private long classId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate = LocalDate.EPOCH;

    protected PlanDeadline() {
    }

    PlanDeadline(long classId, LocalDate dueDate) {
        this.classId = classId;
        this.dueDate = dueDate;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
