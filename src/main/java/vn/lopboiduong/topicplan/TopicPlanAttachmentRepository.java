package vn.lopboiduong.topicplan;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicPlanAttachmentRepository extends JpaRepository<TopicPlanAttachment, Long> {
}
