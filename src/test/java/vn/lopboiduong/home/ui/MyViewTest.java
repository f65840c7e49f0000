package vn.lopboiduong.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.klass.timetable.ClassSession;
import vn.lopboiduong.klass.timetable.DayPart;
import vn.lopboiduong.klass.timetable.SessionRow;
import vn.lopboiduong.klass.timetable.TimetableService;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.ui.ClassView;
import vn.lopboiduong.security.SystemAuthentication;

@SpringBootTest
class MyViewTest extends SpringBrowserlessTest {

    @Autowired
    TimetableService timetable;

    @Autowired
    TrainingClassService classes;

    @Autowired
    ClassTopicService programme;

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerSeesTheirUpcomingSessionsSoonestFirst() {
        // A session a month from now for a topic the demo lecturer teaches, so the test does not age.
        LocalDate inAMonth = LocalDate.now().plusDays(30);
        String topic = SystemAuthentication.callAsSystem(() -> {
            long classId = classes.list(new TrainingClassService.Filter("NVCTD-VT-2026-II", null, null, null, null),
                    PageRequest.of(0, 1)).getFirst().id();
            var taught = programme.topics(classId).stream()
                    .filter(row -> "ThS. Hoàng Minh Tuấn".equals(row.lecturerName())).findFirst().orElseThrow();
            var session = new ClassSession(inAMonth, DayPart.EVENING);
            timetable.add(classId, session, taught.id(), null);
            return taught.title();
        });

        MyView view = navigate(MyView.class);
        var rows = test(view.upcoming);
        assertThat(rows.size()).isGreaterThanOrEqualTo(1);
        assertThat(java.util.stream.IntStream.range(0, rows.size()).mapToObj(rows::getRow).toList())
                .allSatisfy(row -> {
                    assertThat(row.lecturerName()).isEqualTo("ThS. Hoàng Minh Tuấn");
                    assertThat(row.date()).isAfterOrEqualTo(LocalDate.now());
                })
                .extracting(SessionRow::topicTitle).contains(topic);
        assertThat(view.upcoming.isAllRowsVisible()).isFalse();
        int mine = java.util.stream.IntStream.range(0, rows.size())
                .filter(index -> topic.equals(rows.getRow(index).topicTitle())).findFirst().orElseThrow();
        assertThat(rows.getCellText(mine, 2)).isEqualTo(rows.getRow(mine).className() + " (NVCTD-VT-2026-II)");
        assertThat(rows.getRow(mine).className()).isNotBlank();

        // A click opens the class's programme tab, where the lecturer prepares the topic.
        long classId = rows.getRow(mine).classId();
        rows.clickRow(mine);
        assertThat(getCurrentView()).isInstanceOf(ClassView.class);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("classes/" + classId + "/programme");
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerSeesTheirFiguresAndOnAPhoneCardsInsteadOfColumns() {
        MyView view = navigate(MyView.class);
        // Two figures of the timetable's, five of the topic plans' (MySection).
        assertThat(view.figures.getChildren()).hasSize(7);
        assertThat(view.figures.getElement().getTextRecursively()).contains("buổi dạy trong tháng này")
                .contains("đề cương bị trả lại").contains("đề cương quá hạn")
                .contains("tiết đã và sẽ dạy trong năm " + LocalDate.now().getYear());

        view.showOnPhone(true);
        assertThat(view.wideColumns).noneMatch(com.vaadin.flow.component.grid.Grid.Column::isVisible);
        assertThat(view.cards.isVisible()).isTrue();
        view.showOnPhone(false);
        assertThat(view.wideColumns).allMatch(com.vaadin.flow.component.grid.Grid.Column::isVisible);
        assertThat(view.cards.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void onlyLecturersHaveAnUpcomingList() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> timetable.countMyUpcoming())
                .isInstanceOf(AccessDeniedException.class);
    }
}
