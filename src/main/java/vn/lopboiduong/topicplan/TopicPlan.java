package vn.lopboiduong.topicplan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.domain.AbstractEntity;
import vn.lopboiduong.klass.programme.ClassTopic;

/**
 * The plan of one class topic: its versions, the one being worked on (the newest) and the approved one in force.
 * Every step changes this row, so its {@code @Version} makes two people's simultaneous steps on one plan collide
 * instead of both landing.
 */
@Entity
@Table(name = "topic_plan")
class TopicPlan extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_topic_id", nullable = false, unique = true)
    private @Nullable ClassTopic topic;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private @Nullable TopicPlanVersion current;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "in_force_version_id")
    private @Nullable TopicPlanVersion inForce;

    protected TopicPlan() {
    }

    TopicPlan(ClassTopic topic) {
        this.topic = topic;
    }

    ClassTopic getTopic() {
        if (topic == null) {
            throw new IllegalStateException("A plan always has its topic");
        }
        return topic;
    }

    /** The newest version: the one being written, waiting for review, or the approved one if none is newer. */
    @Nullable TopicPlanVersion getCurrent() {
        return current;
    }

    void setCurrent(TopicPlanVersion current) {
        this.current = current;
    }

    /** The approved version that applies, until a newer one is approved. */
    @Nullable TopicPlanVersion getInForce() {
        return inForce;
    }

    void setInForce(TopicPlanVersion inForce) {
        this.inForce = inForce;
    }
}
