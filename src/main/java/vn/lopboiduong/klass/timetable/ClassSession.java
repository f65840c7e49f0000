package vn.lopboiduong.klass.timetable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.domain.AbstractEntity;
import vn.lopboiduong.base.domain.SearchText;
import vn.lopboiduong.lecturer.Lecturer;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.programme.ClassTopic;

/**
 * One session of a class's timetable: a date and time, a topic, the room and, when someone other than the topic's
 * lecturer teaches it, its own lecturer; without one it follows the topic's lecturer, even after that changes.
 */
@Entity
@Table(name = "class_session")
public class ClassSession extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id", nullable = false)
    private @Nullable TrainingClass trainingClass;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "topic_id")
    private @Nullable ClassTopic topic;

    @NotNull
    @Column(name = "session_date", nullable = false)
    private @Nullable LocalDate date;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "day_part", nullable = false, length = 10)
    private DayPart dayPart = DayPart.MORNING;

    @NotNull
    @Column(name = "start_time", nullable = false)
    private @Nullable LocalTime startTime;

    @NotNull
    @Column(name = "end_time", nullable = false)
    private @Nullable LocalTime endTime;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lecturer_id")
    private @Nullable Lecturer lecturer;

    @Size(max = 150)
    @Column(length = 150)
    private @Nullable String room;

    /** The room folded for comparison, so "Hội trường A" and "hoi truong a" are the same room. */
    @Column(name = "room_key", length = 150)
    private @Nullable String roomKey;

    protected ClassSession() {
    }

    public ClassSession(LocalDate date, DayPart dayPart) {
        this.date = date;
        this.dayPart = dayPart;
        this.startTime = dayPart.start();
        this.endTime = dayPart.end();
    }

    @PrePersist
    @PreUpdate
    void updateRoomKey() {
        roomKey = room == null ? null : SearchText.fold(room);
    }

    @AssertTrue(message = "{validation.session.times}")
    boolean isEndAfterStart() {
        return startTime == null || endTime == null || endTime.isAfter(startTime);
    }

    public @Nullable TrainingClass getTrainingClass() {
        return trainingClass;
    }

    void setTrainingClass(TrainingClass trainingClass) {
        this.trainingClass = trainingClass;
    }

    public @Nullable ClassTopic getTopic() {
        return topic;
    }

    void setTopic(@Nullable ClassTopic topic) {
        this.topic = topic;
    }

    public @Nullable LocalDate getDate() {
        return date;
    }

    public void setDate(@Nullable LocalDate date) {
        this.date = date;
    }

    public DayPart getDayPart() {
        return dayPart;
    }

    public void setDayPart(DayPart dayPart) {
        this.dayPart = dayPart;
    }

    public @Nullable LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(@Nullable LocalTime startTime) {
        this.startTime = startTime;
    }

    public @Nullable LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(@Nullable LocalTime endTime) {
        this.endTime = endTime;
    }

    public @Nullable Lecturer getLecturer() {
        return lecturer;
    }

    void setLecturer(@Nullable Lecturer lecturer) {
        this.lecturer = lecturer;
    }

    /** Who teaches the session: its own lecturer (a substitute), else its topic's, which it then follows. */
    public @Nullable Lecturer getEffectiveLecturer() {
        if (lecturer != null) {
            return lecturer;
        }
        return topic == null ? null : topic.getLecturer();
    }

    public @Nullable String getRoom() {
        return room;
    }

    public void setRoom(@Nullable String room) {
        this.room = trimToNull(room);
    }

    @Nullable String getRoomKey() {
        return roomKey;
    }
}
