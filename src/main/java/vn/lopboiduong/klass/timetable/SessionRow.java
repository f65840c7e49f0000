package vn.lopboiduong.klass.timetable;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One session as timetables show it, with its class, topic and lecturer named. */
public record SessionRow(long id, long classId, String classCode, LocalDate date, DayPart dayPart,
        LocalTime startTime, LocalTime endTime, @Nullable Long topicId, @Nullable String topicTitle,
        @Nullable Long lecturerId, @Nullable String lecturerName, @Nullable String room) {
}
