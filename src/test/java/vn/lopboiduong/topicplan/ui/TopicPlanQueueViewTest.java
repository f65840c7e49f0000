package vn.lopboiduong.topicplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.TestData;
import vn.lopboiduong.base.ui.MainLayout;
import vn.lopboiduong.home.ui.MyView;
import vn.lopboiduong.topicplan.TopicPlanService;
import vn.lopboiduong.topicplan.TopicPlanService.MyTopicRow;
import vn.lopboiduong.topicplan.TopicPlanService.QueueRow;
import vn.lopboiduong.topicplan.TopicPlanService.Reminders;
import vn.lopboiduong.topicplan.TopicPlanStatus;

/** The committee's queue, the lecturer's topics on /my and the header's bell, over the demo plans. */
@SpringBootTest
class TopicPlanQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    TopicPlanService plans;

    @Autowired
    TestData data;

    private static <T> List<T> rows(com.vaadin.flow.component.grid.Grid<T> grid, SpringBrowserlessTest test) {
        var tester = test.test(grid);
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void theQueueShowsSubmittedPlansOldestFirstAndItsFiltersNarrowIt() {
        TopicPlanQueueView view = navigate(TopicPlanQueueView.class);
        List<QueueRow> waiting = rows(view.grid, this);
        assertThat(waiting).isNotEmpty().allMatch(row -> row.status() == TopicPlanStatus.SUBMITTED);
        assertThat(waiting).extracting(QueueRow::submittedAt)
                .isSortedAccordingTo(java.util.Comparator.<LocalDateTime>naturalOrder());
        assertThat(waiting).extracting(QueueRow::classCode).contains("NVCTD-VT-2026-II");
        assertThat(view.count.getText()).isEqualTo(plans.waitingForReview() + " chuyên đề");

        test(view.status).selectItem("Trả lại chỉnh sửa");
        assertThat(rows(view.grid, this)).isNotEmpty().allMatch(row -> row.status() == TopicPlanStatus.RETURNED);
        view.status.setValue(Optional.empty());
        view.trainingClass.select(data.classId("NVCTD-VT-2026-II"));
        List<QueueRow> ofClass = rows(view.grid, this);
        assertThat(ofClass).extracting(QueueRow::classCode).containsOnly("NVCTD-VT-2026-II");
        assertThat(ofClass).extracting(QueueRow::status).contains(TopicPlanStatus.SUBMITTED,
                TopicPlanStatus.RETURNED, null);
        test(view.overdue).selectItem("Chỉ đề cương quá hạn");
        assertThat(rows(view.grid, this)).allMatch(QueueRow::overdue);
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void theCommitteesBellCountsThePlansWaitingAndOpensTheQueue() {
        navigate(TopicPlanQueueView.class);
        MainLayout layout = find(MainLayout.class).single();
        Button bell = find(Button.class, layout).withClassName("header-bell").single();
        assertThat(bell.getElement().getAttribute("aria-label"))
                .isEqualTo(plans.waitingForReview() + " đề cương chờ duyệt");
        assertThat(find(Span.class, layout).withClassName("header-bell-count").single().getText())
                .isEqualTo(String.valueOf(plans.waitingForReview()));
        navigate("profile", com.vaadin.flow.component.Component.class);
        test(find(Button.class).withClassName("header-bell").single()).click();
        assertThat(getCurrentView()).isInstanceOf(TopicPlanQueueView.class);
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerSeesTheirTopicsReturnedFirstTheirFiguresAndABellForWhatWaitsOnThem() {
        navigate(MyView.class);
        var topics = find(MyTopicsSection.MyTopics.class).single();
        List<MyTopicRow> rows = rows(topics.grid, this);
        assertThat(rows).isNotEmpty();
        assertThat(rows.getFirst().status() == TopicPlanStatus.RETURNED || rows.getFirst().overdue()).isTrue();
        assertThat(rows).extracting(MyTopicRow::status).contains(TopicPlanStatus.RETURNED, TopicPlanStatus.SUBMITTED,
                TopicPlanStatus.APPROVED);

        var counts = plans.myPlanCounts();
        assertThat(counts.of(TopicPlanStatus.RETURNED)).isEqualTo(rows.stream()
                .filter(row -> row.status() == TopicPlanStatus.RETURNED).count());
        assertThat(find(MyView.class).single().getElement().getTextRecursively())
                .contains(counts.of(TopicPlanStatus.RETURNED) + "đề cương bị trả lại");

        Reminders reminders = plans.myReminders();
        Button bell = find(Button.class).withClassName("header-bell").single();
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo(reminders.returned()
                + " đề cương bị trả lại, " + reminders.dueSoon() + " đề cương sắp đến hạn nộp");
        assertThat(find(Span.class).withClassName("header-bell-count").single().getText())
                .isEqualTo(String.valueOf(reminders.returned() + reminders.dueSoon()));

        test(topics.overdue).selectItem("Chỉ đề cương quá hạn");
        List<MyTopicRow> overdue = rows(topics.grid, this);
        assertThat(overdue).isNotEmpty().allMatch(MyTopicRow::overdue).hasSize((int) counts.overdue());
        topics.overdue.clear();

        test(topics.grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(TopicPlanView.class);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("my/topics/" + rows.getFirst().topicId());
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturersBellOpensTheirHomeScrolledToTheirTopics() {
        navigate("profile", com.vaadin.flow.component.Component.class);
        test(find(Button.class).withClassName("header-bell").single()).click();
        assertThat(getCurrentView()).isInstanceOf(MyView.class);
        var location = com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("my");
        assertThat(location.getQueryParameters().getSingleParameter("section")).contains("my-topics");
        var topics = find(MyTopicsSection.MyTopics.class).single();
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(call -> {
                    assertThat(call.getInvocation().getExpression()).contains("scrollIntoView");
                    assertThat(call.getOwner()).isEqualTo(topics.getElement().getNode());
                });
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void leadersReadTheQueueWithoutABell() {
        TopicPlanQueueView view = navigate(TopicPlanQueueView.class);
        assertThat(rows(view.grid, this)).isNotEmpty();
        assertThat(find(Button.class).withClassName("header-bell").exists()).isFalse();
    }
}
