package vn.lopboiduong.klass.timetable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import vn.lopboiduong.klass.ClassReaders;

interface ClassSessionRepository extends JpaRepository<ClassSession, Long> {

    /**
     * The optional narrowing shared by the all-classes timetable queries: a lecturer (the session's effective one:
     * its own, else its topic's {@code st}), a class, a room whose folded text contains {@code :room}, and, for a
     * lecturer reading it, only the classes {@code :teacher} reads (the rule of {@link ClassReaders}).
     */
    String TIMETABLE_FILTERS = """
              and (:lecturerId is null or s.lecturer.id = :lecturerId
                   or (s.lecturer is null and st.lecturer.id = :lecturerId))
              and (:classId is null or s.trainingClass.id = :classId)
              and (:room is null or locate(:room, s.roomKey) > 0)
              and (:teacher is null or s.trainingClass.id in (
            """ + ClassReaders.CLASS_IDS_READ_BY_TEACHER + "))\n";

    /** Every class's sessions from one date to another, by date and time, filtered in the database. */
    @EntityGraph(attributePaths = {"trainingClass", "topic", "topic.lecturer", "lecturer"})
    @Query("select s from ClassSession s left join s.topic st where s.date between :from and :to"
            + TIMETABLE_FILTERS + "order by s.date, s.startTime, s.trainingClass.code, s.id")
    List<ClassSession> between(LocalDate from, LocalDate to, @Nullable Long lecturerId, @Nullable Long classId,
            @Nullable String room, @Nullable String teacher);

    /** The first date on or after {@code from} with a session passing the same filters. */
    @Query("select min(s.date) from ClassSession s left join s.topic st where s.date >= :from" + TIMETABLE_FILTERS)
    @Nullable LocalDate firstDateFrom(LocalDate from, @Nullable Long lecturerId, @Nullable Long classId,
            @Nullable String room, @Nullable String teacher);

    /** The last date before {@code before} with a session passing the same filters. */
    @Query("select max(s.date) from ClassSession s left join s.topic st where s.date < :before" + TIMETABLE_FILTERS)
    @Nullable LocalDate lastDateBefore(LocalDate before, @Nullable Long lecturerId, @Nullable Long classId,
            @Nullable String room, @Nullable String teacher);

    @EntityGraph(attributePaths = {"trainingClass", "topic", "topic.lecturer", "lecturer"})
    List<ClassSession> findByTrainingClassIdOrderByDateAscStartTimeAsc(long classId);

    boolean existsByTrainingClassId(long classId);

    long countByTopicId(long topicId);

    /** The dates, in order, of the class's sessions before {@code start} or after {@code end} (either may be open). */
    @Query("""
            select s.date from ClassSession s
            where s.trainingClass.id = :classId
              and ((:start is not null and s.date < :start) or (:end is not null and s.date > :end))
            order by s.date""")
    List<LocalDate> datesOutside(long classId, @Nullable LocalDate start, @Nullable LocalDate end);

    /** Makes sure the day has its lock row (a new day gets one; an existing one is left alone). */
    @Modifying
    @Query(value = "insert ignore into timetable_day_lock (lock_day) values (:day)", nativeQuery = true)
    void ensureDayLock(LocalDate day);

    /** Locks the day's row until the transaction ends; another booking on that day waits for it. */
    @Query(value = "select lock_day from timetable_day_lock where lock_day = :day for update", nativeQuery = true)
    List<Object> lockDay(LocalDate day);

    /** The topic's sessions without a lecturer of their own, which follow the topic's lecturer. */
    @Query("select s from ClassSession s where s.topic.id = :topicId and s.lecturer is null")
    List<ClassSession> followingTopic(long topicId);

    /** A lecturer's sessions (as their effective lecturer) from a date on, soonest first, one page at a time. */
    @EntityGraph(attributePaths = {"trainingClass", "topic", "topic.lecturer", "lecturer"})
    @Query("""
            select s from ClassSession s
              left join s.lecturer l left join l.user lu
              left join s.topic st left join st.lecturer tl left join tl.user tu
            where s.date >= :from and (lu.username = :username or (l.id is null and tu.username = :username))
            order by s.date, s.startTime, s.id""")
    List<ClassSession> upcomingFor(String username, LocalDate from, Pageable page);

    @Query("""
            select count(s) from ClassSession s
              left join s.lecturer l left join l.user lu
              left join s.topic st left join st.lecturer tl left join tl.user tu
            where s.date >= :from and (lu.username = :username or (l.id is null and tu.username = :username))""")
    long countUpcomingFor(String username, LocalDate from);

    /**
     * Sessions on that date overlapping [start, end), other than those ignored, whose effective lecturer is that
     * lecturer or that are in that room.
     */
    @EntityGraph(attributePaths = {"trainingClass", "topic", "topic.lecturer", "lecturer"})
    @Query("""
            select s from ClassSession s left join s.lecturer l left join s.topic st left join st.lecturer tl
            where s.date = :date and s.startTime < :end and s.endTime > :start and s.id not in :ignored
              and ((:lecturerId is not null and (l.id = :lecturerId or (l.id is null and tl.id = :lecturerId)))
                   or (:roomKey is not null and s.roomKey = :roomKey))
            order by s.startTime""")
    List<ClassSession> overlapping(LocalDate date, LocalTime start, LocalTime end, Collection<Long> ignored,
            @Nullable Long lecturerId, @Nullable String roomKey);
}
