package vn.lopboiduong.klass.timetable;

/** The signed-in lecturer's figures for their home page: sessions this month, periods this year. */
public record MyWorkload(int year, long sessionsThisMonth, long periodsThisYear) {
}
