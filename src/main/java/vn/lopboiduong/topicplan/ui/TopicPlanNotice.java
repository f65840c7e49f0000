package vn.lopboiduong.topicplan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import vn.lopboiduong.base.ui.HeaderNotice;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.topicplan.TopicPlanService;
import vn.lopboiduong.topicplan.TopicPlanService.Reminders;

/**
 * The header's bell for topic plans: the committee sees how many plans wait for review (the bell opens the
 * queue), a lecturer how many of their plans were returned or are due within a week (it opens {@code /my} at their
 * topics). Leaders change nothing, so nothing waits for them.
 */
@SpringComponent
class TopicPlanNotice implements HeaderNotice {

    private final TopicPlanService plans;

    TopicPlanNotice(TopicPlanService plans) {
        this.plans = plans;
    }

    @Override
    public Optional<Notice> notice() {
        UI ui = UI.getCurrent();
        if (CurrentUser.isCommittee()) {
            long waiting = plans.waitingForReview();
            return waiting == 0 ? Optional.empty()
                    : Optional.of(new Notice(waiting, ui.getTranslation("topic-plans.bell.committee", waiting),
                            "topic-plans"));
        }
        if (CurrentUser.hasRole(Role.LECTURER)) {
            Reminders reminders = plans.myReminders();
            long count = reminders.returned() + reminders.dueSoon();
            return count == 0 ? Optional.empty()
                    : Optional.of(new Notice(count, ui.getTranslation("topic-plans.bell.lecturer",
                            reminders.returned(), reminders.dueSoon()), "my?section=" + MyTopicsSection.ID));
        }
        return Optional.empty();
    }
}
