package vn.lopboiduong.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.domain.AbstractEntity;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.trainee.Trainee;

/** A trainee in a class (ghi danh). One per person and class, enforced by the database. */
@Entity
@Table(name = "enrollment")
public class Enrollment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id", nullable = false, updatable = false)
    private @Nullable TrainingClass trainingClass;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trainee_id", nullable = false)
    private @Nullable Trainee trainee;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private EnrollmentStatus status = EnrollmentStatus.ENROLLED;

    @Column(name = "withdrawn_reason", length = 500)
    private @Nullable String withdrawnReason;

    @Column(name = "withdrawn_at")
    private @Nullable LocalDateTime withdrawnAt;

    protected Enrollment() {
    }

    Enrollment(TrainingClass trainingClass, Trainee trainee) {
        this.trainingClass = trainingClass;
        this.trainee = trainee;
    }

    public TrainingClass getTrainingClass() {
        return java.util.Objects.requireNonNull(trainingClass);
    }

    public Trainee getTrainee() {
        return java.util.Objects.requireNonNull(trainee);
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public @Nullable String getWithdrawnReason() {
        return withdrawnReason;
    }

    public @Nullable LocalDateTime getWithdrawnAt() {
        return withdrawnAt;
    }

    void withdraw(String reason, LocalDateTime at) {
        status = EnrollmentStatus.WITHDRAWN;
        withdrawnReason = reason;
        withdrawnAt = at;
    }
}
