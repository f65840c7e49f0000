package vn.lopboiduong.topicplan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TopicPlanRepository extends JpaRepository<TopicPlan, Long> {

    Optional<TopicPlan> findByTopicId(long topicId);

    @Query("select v from TopicPlanVersion v where v.plan.topic.id = :topicId order by v.number")
    List<TopicPlanVersion> versions(long topicId);

    @Query("select s from TopicPlanStep s where s.plan.topic.id = :topicId order by s.stepAt, s.id")
    List<TopicPlanStep> history(long topicId);

    @Query("select a from TopicPlanAttachment a where a.version.id = :versionId order by a.kind, a.id")
    List<TopicPlanAttachment> attachments(long versionId);

    @Query("select count(a) from TopicPlanAttachment a where a.file = :file")
    long countUsing(TopicPlanFile file);
}
