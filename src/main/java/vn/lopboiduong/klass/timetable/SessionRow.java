package vn.lopboiduong.klass.timetable;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * One session as timetables show it, with its class, topic and effective lecturer named; {@code lecturerFromTopic}
 * says the lecturer is the topic's, which the session follows, rather than its own.
 */
public record SessionRow(long id, long classId, String classCode, String className, LocalDate date,
        DayPart dayPart, LocalTime startTime, LocalTime endTime, @Nullable Long topicId,
        @Nullable String topicTitle, @Nullable Long lecturerId, @Nullable String lecturerName,
        boolean lecturerFromTopic, @Nullable String room) {
}
