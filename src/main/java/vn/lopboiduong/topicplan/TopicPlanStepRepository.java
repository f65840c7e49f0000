package vn.lopboiduong.topicplan;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicPlanStepRepository extends JpaRepository<TopicPlanStep, Long> {
}
