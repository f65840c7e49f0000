package vn.lopboiduong.topicplan;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanDeadlineRepository extends JpaRepository<PlanDeadline, Long> {
}
