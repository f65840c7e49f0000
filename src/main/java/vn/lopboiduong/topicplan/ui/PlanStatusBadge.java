package vn.lopboiduong.topicplan.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.topicplan.TopicPlanStatus;

/**
 * A plan's status as a badge, and its deadline marked when overdue: the same on the class tab, the queue,
 * {@code /my} and the plan page.
 */
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

    /** The deadline, followed by "Quá hạn" in red when it has passed with nothing handed in. */
    static Span deadline(@Nullable LocalDate deadline, boolean overdue) {
        var cell = new Span(DateFormats.format(deadline));
        if (overdue) {
            var late = new Span(cell.getTranslation("topic-plans.class.overdue"));
            late.addClassName("topic-plans-overdue");
            cell.add(new Text(" "), late);
        }
        return cell;
    }

    private static String badge(@Nullable TopicPlanStatus status) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        String key = status == null ? "topic-plans.class.not-started" : status.translationKey();
        return ui == null ? key : ui.getTranslation(key);
    }
}
