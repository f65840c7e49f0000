package vn.lopboiduong.klass.timetable;

/** One lecturer's teaching in one class in a year, summed by the database like {@link LecturerWorkload}. */
public record ClassWorkload(long lecturerId, String lecturerName, String classCode, String className, long sessions,
        long minutes) {

    public long periods() {
        return WorkloadService.periods(minutes);
    }
}
