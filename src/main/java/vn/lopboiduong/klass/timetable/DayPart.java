package vn.lopboiduong.klass.timetable;

import java.time.LocalTime;

/** A half-day slot and its usual hours (buổi sáng, chiều, tối); a session may set other times. */
public enum DayPart {
    MORNING(LocalTime.of(7, 30), LocalTime.of(11, 15)),
    AFTERNOON(LocalTime.of(13, 30), LocalTime.of(17, 15)),
    EVENING(LocalTime.of(18, 30), LocalTime.of(21, 0));

    private final LocalTime start;
    private final LocalTime end;

    DayPart(LocalTime start, LocalTime end) {
        this.start = start;
        this.end = end;
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }

    public String translationKey() {
        return "day-part." + name();
    }
}
