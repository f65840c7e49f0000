package vn.lopboiduong.klass;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClassSessionRepository extends JpaRepository<ClassSession, Long> {

    @EntityGraph(attributePaths = {"trainingClass", "topic", "lecturer"})
    List<ClassSession> findByTrainingClassIdOrderByDateAscStartTimeAsc(long classId);

    boolean existsByTrainingClassId(long classId);

    /** A lecturer's sessions from a date on, soonest first, one page at a time. */
    @EntityGraph(attributePaths = {"trainingClass", "topic", "lecturer"})
    @Query("""
            select s from ClassSession s join s.lecturer l join l.user u
            where u.username = :username and s.date >= :from
            order by s.date, s.startTime""")
    List<ClassSession> upcomingFor(String username, LocalDate from, org.springframework.data.domain.Pageable page);

    @Query("""
            select count(s) from ClassSession s join s.lecturer l join l.user u
            where u.username = :username and s.date >= :from""")
    long countUpcomingFor(String username, LocalDate from);

    /** Sessions on that date overlapping [start, end) that share the lecturer or the room, other than itself. */
    @EntityGraph(attributePaths = {"trainingClass", "topic", "lecturer"})
    @Query("""
            select s from ClassSession s left join s.lecturer l
            where s.date = :date and s.startTime < :end and s.endTime > :start and s.id <> :selfId
              and ((:lecturerId is not null and l.id = :lecturerId)
                   or (:roomKey is not null and s.roomKey = :roomKey))
            order by s.startTime""")
    List<ClassSession> overlapping(LocalDate date, LocalTime start, LocalTime end, long selfId,
            @Nullable Long lecturerId, @Nullable String roomKey);
}
