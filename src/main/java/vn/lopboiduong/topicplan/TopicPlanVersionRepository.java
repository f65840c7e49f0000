package vn.lopboiduong.topicplan;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicPlanVersionRepository extends JpaRepository<TopicPlanVersion, Long> {
}
