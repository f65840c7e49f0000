package vn.lopboiduong.klass;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Query;
import org.springframework.security.access.AccessDeniedException;
import vn.lopboiduong.base.domain.BusinessException;

interface TrainingClassRepository extends JpaRepository<TrainingClass, Long>,
        JpaSpecificationExecutor<TrainingClass> {

    @EntityGraph(attributePaths = {"plan", "organizingUnit", "coordinatingUnits"})
    Optional<TrainingClass> findDetailedById(long id);

    boolean existsByCode(String code);

    /** Whether the lecturer reads the class, by {@link ClassReaders}' rule. */
    @Query("select count(c) > 0 from TrainingClass c where c.id = :classId and c.id in ("
            + ClassReaders.CLASS_IDS_READ_BY_TEACHER + ")")
    boolean readBy(long classId, String teacher);

    /** The ids of every class the lecturer reads, by {@link ClassReaders}' rule. */
    @Query(ClassReaders.CLASS_IDS_READ_BY_TEACHER)
    List<Long> idsReadBy(String teacher);

    /** Whether the signed-in user reads the class: everyone who may read classes, a lecturer only by the rule. */
    default boolean readable(long classId) {
        String teacher = ClassReaders.teacher();
        return teacher == null || readBy(classId, teacher);
    }

    /** Refuses a lecturer who does not read the class. */
    default void checkReadable(long classId) {
        if (!readable(classId)) {
            throw new AccessDeniedException("Not a class this lecturer teaches");
        }
    }

    /** The class, locked until the transaction ends, so that changes to what belongs to it run one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from TrainingClass c where c.id = :id")
    Optional<TrainingClass> findLockedById(long id);

    /**
     * The class, while the committee may still change what belongs to it (programme, timetable, board), locked
     * so that two such changes at once (two heads of its board) run one after the other.
     */
    default TrainingClass requireOpen(long classId) {
        TrainingClass trainingClass = findLockedById(classId)
                .orElseThrow(() -> new BusinessException("error.not-found"));
        if (!trainingClass.getStatus().isOpenForChanges()) {
            throw new BusinessException("class.error.closed", trainingClass.getCode());
        }
        return trainingClass;
    }

    boolean existsByCodeAndIdNot(String code, long id);

    /**
     * Each plan's classes (cancelled ones left out), those held, the places they offer and the trainees enrolled in
     * them (withdrawn ones left out): one query for a page of plans. Enrolments are read by name only, as the
     * enrolment feature builds on classes and not the other way round.
     */
    @Query("""
            select p.id,
                   (select count(c) from TrainingClass c where c.plan = p
                       and c.status <> vn.lopboiduong.klass.ClassStatus.CANCELLED),
                   (select count(c) from TrainingClass c where c.plan = p
                       and c.status in (vn.lopboiduong.klass.ClassStatus.IN_PROGRESS,
                           vn.lopboiduong.klass.ClassStatus.COMPLETED)),
                   (select coalesce(sum(c.capacity), 0) from TrainingClass c where c.plan = p
                       and c.status <> vn.lopboiduong.klass.ClassStatus.CANCELLED),
                   (select count(e) from Enrollment e join e.trainingClass c where c.plan = p
                       and c.status <> vn.lopboiduong.klass.ClassStatus.CANCELLED
                       and e.status = vn.lopboiduong.enrollment.EnrollmentStatus.ENROLLED)
            from TrainingPlan p where p.id in :planIds""")
    List<Object[]> progressOf(Collection<Long> planIds);
}
