package vn.lopboiduong.topicplan.ui;

import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.topicplan.TopicPlanStatus;

/** A plan's status as a badge, the same on the class tab, the queue, {@code /my} and the plan page. */
final class PlanStatusBadge {

    private PlanStatusBadge() {
    }

    /** {@code null}: no plan yet ("Chưa có đề cương"). */
    static Span of(@Nullable TopicPlanStatus status) {
        var badge = new Span(badge(status));
        String theme = status == null ? "badge contrast" : switch (status) {
            case DRAFT, SUPERSEDED -> "badge contrast";
            case SUBMITTED -> "badge";
            case APPROVED -> "badge success";
            case RETURNED -> "badge error";
        };
        badge.getElement().getThemeList().add(theme);
        badge.addClassName("plan-status");
        return badge;
    }

    private static String badge(@Nullable TopicPlanStatus status) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        String key = status == null ? "topic-plans.class.not-started" : status.translationKey();
        return ui == null ? key : ui.getTranslation(key);
    }
}
