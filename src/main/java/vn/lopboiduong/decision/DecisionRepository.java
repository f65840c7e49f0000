package vn.lopboiduong.decision;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DecisionRepository extends JpaRepository<Decision, Long>, JpaSpecificationExecutor<Decision> {

    /** One decision with what its dialog shows: its plan and class. */
    @EntityGraph(attributePaths = {"plan", "trainingClass"})
    java.util.Optional<Decision> findDetailedById(long id);

    boolean existsByNumberAndIssueYearAndIdNot(String number, int issueYear, long id);
}
