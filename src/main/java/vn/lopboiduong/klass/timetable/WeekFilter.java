package vn.lopboiduong.klass.timetable;

import org.jspecify.annotations.Nullable;

/**
 * What the week's timetable is narrowed to; every part is optional. The room matches when its folded text contains
 * the folded query, so "hoi truong" finds "Hội trường A".
 */
public record WeekFilter(@Nullable Long lecturerId, @Nullable String room, @Nullable Long classId) {

    public static WeekFilter none() {
        return new WeekFilter(null, null, null);
    }
}
