package vn.lopboiduong.klass.timetable;

import vn.lopboiduong.program.TopicKind;

/**
 * One lecturer's teaching in a year, summed by the database from the timetable: the sessions whose effective
 * lecturer they are (the session's own, else its topic's), the classes those belong to, and the teaching time in
 * minutes, in all and by kind of topic. A session without a topic counts in the total only.
 */
public record LecturerWorkload(long lecturerId, String lecturerName, long sessions, long classes, long minutes,
        long openingMinutes, long lectureMinutes, long discussionMinutes, long fieldStudyMinutes, long examMinutes,
        long closingMinutes) {

    /** The total in periods (tiết). */
    public long periods() {
        return WorkloadService.periods(minutes);
    }

    /** The periods of topics of that kind. */
    public long periods(TopicKind kind) {
        return WorkloadService.periods(switch (kind) {
            case OPENING -> openingMinutes;
            case LECTURE -> lectureMinutes;
            case DISCUSSION -> discussionMinutes;
            case FIELD_STUDY -> fieldStudyMinutes;
            case EXAM -> examMinutes;
            case CLOSING -> closingMinutes;
        });
    }
}
