package vn.lopboiduong.plan;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TrainingPlanRepository extends JpaRepository<TrainingPlan, Long>, JpaSpecificationExecutor<TrainingPlan> {

    boolean existsByNumber(String number);

    boolean existsByNumberAndIdNot(String number, long id);
}
