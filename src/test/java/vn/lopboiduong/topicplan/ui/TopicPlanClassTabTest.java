package vn.lopboiduong.topicplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.TestData;
import vn.lopboiduong.klass.ui.ClassView;
import vn.lopboiduong.topicplan.TopicPlanService;
import vn.lopboiduong.topicplan.TopicPlanService.ClassPlanRow;
import vn.lopboiduong.topicplan.TopicPlanStatus;

@SpringBootTest
class TopicPlanClassTabTest extends SpringBrowserlessTest {

    private static final int STATUS = 5;
    private static final int DEADLINE = 7;
    private static final LocalDate DEMO_DEADLINE = LocalDate.of(2026, 11, 25);

    @Autowired
    TestData data;

    @Autowired
    TopicPlanService plans;

    @Autowired
    Clock clock;

    private ClassPlans open(long classId) {
        navigate("classes/" + classId + "/topic-plans", ClassView.class);
        assertThat(test(find(Tabs.class).single()).isSelected("Đề cương")).isTrue();
        return find(ClassPlans.class).single();
    }

    private List<ClassPlanRow> rows(ClassPlans tab) {
        var grid = test(tab.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private String cellText(ClassPlans tab, int row, int column) {
        return test(tab.grid).getCellComponent(row, column).getElement().getTextRecursively();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void theTabShowsTheDemoClassPlansAgainstItsOwnDeadlineWithoutAnEditorForLeaders() {
        ClassPlans tab = open(data.classId("NVCTD-VT-2026-II"));
        assertThat(tab.deadline.getText()).isEqualTo("Hạn nộp đề cương: 25/11/2026 (hạn riêng của lớp)");
        assertThat(find(DatePicker.class).exists()).isFalse();
        assertThat(tab.saveDeadline.isAttached()).isFalse();

        List<ClassPlanRow> rows = rows(tab);
        assertThat(rows).extracting(ClassPlanRow::status).contains(TopicPlanStatus.SUBMITTED,
                TopicPlanStatus.RETURNED, TopicPlanStatus.DRAFT, null);
        int returned = indexOf(rows, TopicPlanStatus.RETURNED);
        int notStarted = indexOf(rows, null);
        assertThat(((Span) test(tab.grid).getCellComponent(returned, STATUS)).getText())
                .isEqualTo("Trả lại chỉnh sửa");
        assertThat(((Span) test(tab.grid).getCellComponent(notStarted, STATUS)).getText())
                .isEqualTo("Chưa có đề cương");
        // The demo deadline is fixed, so whether it has passed depends on the day the test runs.
        boolean passed = LocalDate.now(clock).isAfter(DEMO_DEADLINE);
        assertThat(rows.get(notStarted).overdue()).isEqualTo(passed);
        assertThat(cellText(tab, notStarted, DEADLINE)).isEqualTo(passed ? "25/11/2026 Quá hạn" : "25/11/2026");
        assertThat(tab.grid.getPartNameGenerator().apply(rows.get(notStarted)))
                .isEqualTo(passed ? "overdue-row" : null);
        int submitted = indexOf(rows, TopicPlanStatus.SUBMITTED);
        // A plan handed in waits for review, not for its lecturer: never overdue.
        assertThat(cellText(tab, submitted, DEADLINE)).isEqualTo("25/11/2026");
        assertThat(tab.grid.getPartNameGenerator().apply(rows.get(submitted))).isNull();
    }

    private static int indexOf(List<ClassPlanRow> rows, TopicPlanStatus status) {
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).status() == status).findFirst()
                .orElseThrow();
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerSeesOnlyTheirOwnTopicsAndNoDeadlineEditor() {
        ClassPlans tab = open(data.classId("NVCTD-VT-2026-II"));
        assertThat(tab.deadline.getText()).isEqualTo("Hạn nộp đề cương: 25/11/2026 (hạn riêng của lớp)");
        assertThat(find(DatePicker.class).exists()).isFalse();
        List<ClassPlanRow> rows = rows(tab);
        // Their two topics of the class (one waiting for review, one returned), and none of their colleagues'.
        assertThat(rows).extracting(ClassPlanRow::status)
                .containsExactlyInAnyOrder(TopicPlanStatus.SUBMITTED, TopicPlanStatus.RETURNED);
        assertThat(rows).extracting(ClassPlanRow::lecturerName).allMatch(name -> name.contains("Hoàng Minh Tuấn"));
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void theCommitteeSetsTheClassDeadlineAndReturnsToTheDefault() {
        long classId = data.newClass("DC", LocalDate.of(2034, 5, 10), LocalDate.of(2034, 5, 12), null);
        ClassPlans tab = open(classId);
        assertThat(tab.deadline.getText())
                .isEqualTo("Hạn nộp đề cương: 03/05/2034 (mặc định 7 ngày trước ngày khai giảng)");
        assertThat(tab.useDefault.isEnabled()).isFalse();

        test(tab.deadlinePicker).setValue(LocalDate.of(2034, 4, 20));
        test(tab.saveDeadline).click();
        assertThat(plans.deadline(classId)).isEqualTo(new TopicPlanService.Deadline(LocalDate.of(2034, 4, 20), true));
        assertThat(tab.deadline.getText()).isEqualTo("Hạn nộp đề cương: 20/04/2034 (hạn riêng của lớp)");

        test(tab.useDefault).click();
        assertThat(plans.deadline(classId)).isEqualTo(new TopicPlanService.Deadline(LocalDate.of(2034, 5, 3), false));
        assertThat(tab.deadline.getText())
                .isEqualTo("Hạn nộp đề cương: 03/05/2034 (mặc định 7 ngày trước ngày khai giảng)");
        assertThat(tab.deadlinePicker.getValue()).isNull();
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void savingWithoutADateAsksForOneAndStoresNothing() {
        long classId = data.newClass("DC", LocalDate.of(2034, 6, 10), LocalDate.of(2034, 6, 12), null);
        ClassPlans tab = open(classId);
        test(tab.saveDeadline).click();
        assertThat(tab.deadlinePicker.isInvalid()).isTrue();
        assertThat(plans.deadline(classId).classOwn()).isFalse();
    }
}
