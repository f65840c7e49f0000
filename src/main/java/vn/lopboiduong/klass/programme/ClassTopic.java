package vn.lopboiduong.klass.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.lecturer.Lecturer;
import vn.lopboiduong.program.TopicContent;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.klass.TrainingClass;

/** A topic of one class's programme: copied from a programme or added by hand, with its lecturer. */
@Entity
@Table(name = "class_topic")
public class ClassTopic extends TopicContent {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id", nullable = false)
    private @Nullable TrainingClass trainingClass;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lecturer_id")
    private @Nullable Lecturer lecturer;

    protected ClassTopic() {
    }

    public ClassTopic(String title, @Nullable String group, TopicKind kind, int periods) {
        super(title, group, kind, periods);
    }

    public @Nullable TrainingClass getTrainingClass() {
        return trainingClass;
    }

    void setTrainingClass(TrainingClass trainingClass) {
        this.trainingClass = trainingClass;
    }

    public @Nullable Lecturer getLecturer() {
        return lecturer;
    }

    void setLecturer(@Nullable Lecturer lecturer) {
        this.lecturer = lecturer;
    }
}
