package vn.lopboiduong.topicplan;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicPlanFileRepository extends JpaRepository<TopicPlanFile, Long> {
}
