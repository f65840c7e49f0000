package vn.lopboiduong.decision;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DecisionRepository extends JpaRepository<Decision, Long>, JpaSpecificationExecutor<Decision> {

    /** A page of the list with each row's plan and class joined in; the file's bytes are never read here. */
    @Override
    @EntityGraph(attributePaths = {"plan", "trainingClass"})
    Page<Decision> findAll(Specification<Decision> spec, Pageable pageable);

    /** One decision with what its dialog shows: its plan and class. */
    @EntityGraph(attributePaths = {"plan", "trainingClass"})
    java.util.Optional<Decision> findDetailedById(long id);

    boolean existsByNumberAndIssueYearAndIdNot(String number, int issueYear, long id);
}
