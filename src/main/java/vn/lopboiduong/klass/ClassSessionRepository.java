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
