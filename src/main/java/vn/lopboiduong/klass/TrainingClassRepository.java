package vn.lopboiduong.klass;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.security.access.AccessDeniedException;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.security.CurrentUser;

interface TrainingClassRepository extends JpaRepository<TrainingClass, Long>,
        JpaSpecificationExecutor<TrainingClass> {

    @EntityGraph(attributePaths = {"plan", "organizingUnit", "coordinatingUnits"})
    Optional<TrainingClass> findDetailedById(long id);

    boolean existsByCode(String code);

    @Query("""
            select count(t) > 0 from ClassTopic t
            where t.trainingClass.id = :classId and t.lecturer.user.username = :username""")
    boolean taughtBy(long classId, String username);

    /** Refuses a lecturer who does not teach in the class; everyone else who may read classes may read it. */
    default void checkReadable(long classId) {
        if (CurrentUser.isLecturerOnly() && !taughtBy(classId, CurrentUser.requireUsername())) {
            throw new AccessDeniedException("Not a class this lecturer teaches");
        }
    }

    /** The class, while the committee may still change what belongs to it (programme, timetable, board). */
    default TrainingClass requireOpen(long classId) {
        TrainingClass trainingClass = findById(classId).orElseThrow(() -> new BusinessException("error.not-found"));
        if (trainingClass.getStatus() == ClassStatus.COMPLETED || trainingClass.getStatus() == ClassStatus.CANCELLED) {
            throw new BusinessException("class.error.closed", trainingClass.getCode());
        }
        return trainingClass;
    }

    boolean existsByCodeAndIdNot(String code, long id);

    /** Per plan: classes (not cancelled), classes held (opened or completed) and their places. */
    @Query("""
            select c.plan.id, count(c),
                   sum(case when c.status in (vn.lopboiduong.klass.ClassStatus.IN_PROGRESS,
                       vn.lopboiduong.klass.ClassStatus.COMPLETED) then 1 else 0 end),
                   coalesce(sum(c.capacity), 0)
            from TrainingClass c
            where c.plan.id in :planIds and c.status <> vn.lopboiduong.klass.ClassStatus.CANCELLED
            group by c.plan.id""")
    List<Object[]> progressOf(Collection<Long> planIds);
}
