package vn.lopboiduong.klass;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface TrainingClassRepository extends JpaRepository<TrainingClass, Long>,
        JpaSpecificationExecutor<TrainingClass> {

    /** A page of the list with each row's plan and organising unit joined in. */
    @Override
    @EntityGraph(attributePaths = {"plan", "organizingUnit"})
    Page<TrainingClass> findAll(Specification<TrainingClass> spec, Pageable pageable);

    @EntityGraph(attributePaths = {"plan", "organizingUnit", "coordinatingUnits"})
    Optional<TrainingClass> findDetailedById(long id);

    boolean existsByCode(String code);

    @Query("""
            select count(t) > 0 from ClassTopic t
            where t.trainingClass.id = :classId and t.lecturer.user.username = :username""")
    boolean taughtBy(long classId, String username);

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
