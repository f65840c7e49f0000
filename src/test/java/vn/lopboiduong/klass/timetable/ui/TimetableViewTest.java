package vn.lopboiduong.klass.timetable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.base.i18n.TranslationProvider;
import vn.lopboiduong.klass.timetable.DayPart;
import vn.lopboiduong.klass.timetable.SessionRow;
import vn.lopboiduong.klass.timetable.TimetableService;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.lecturer.LecturerService;

@SpringBootTest
@WithMockUser(username = "organizer", roles = "ORGANIZER")
class TimetableViewTest extends SpringBrowserlessTest {

    private static final LocalDate HANOI_WEEK = LocalDate.of(2023, 3, 27);

    @Autowired
    TrainingClassService classes;

    @Autowired
    LecturerService lecturers;

    @Autowired
    Clock clock;

    /** Opens /timetable with that query string, as a bookmark or a typed address would. */
    private TimetableView open(String query) {
        UI.getCurrent().navigate("timetable", QueryParameters.fromString(query));
        return (TimetableView) getCurrentView();
    }

    private List<TimetableWeekGrid.Day> days(TimetableWeekGrid week) {
        var rows = test(week);
        return IntStream.range(0, rows.size()).mapToObj(rows::getRow).toList();
    }

    private static List<SessionRow> sessions(List<TimetableWeekGrid.Day> days) {
        return days.stream().flatMap(day -> day.sessions().values().stream().flatMap(List::stream)).toList();
    }

    private long classId(String code) {
        return classes.list(new TrainingClassService.Filter(code, null, null, null, null), PageRequest.of(0, 1))
                .getFirst().id();
    }

    @Test
    void theHanoiWeekReadsByDayAndPartOfDayWithLinksToTheClass() {
        TimetableView view = open("week=2023-03-27");

        assertThat(view.monday()).isEqualTo(HANOI_WEEK);
        assertThat(view.weekLabel.getText()).isEqualTo("Tuần 27/03/2023 – 02/04/2023");
        assertThat(view.count.getText()).isEqualTo("12 buổi học");
        assertThat(view.week.isVisible()).isTrue();
        assertThat(view.empty.isVisible()).isFalse();
        List<TimetableWeekGrid.Day> days = days(view.week);
        assertThat(days).extracting(TimetableWeekGrid.Day::date)
                .containsExactly(HANOI_WEEK, HANOI_WEEK.plusDays(1), HANOI_WEEK.plusDays(2), HANOI_WEEK.plusDays(3),
                        HANOI_WEEK.plusDays(4), HANOI_WEEK.plusDays(5));
        assertThat(days.getFirst().in(DayPart.MORNING)).extracting(SessionRow::topicTitle)
                .containsExactly("Khai giảng lớp học");

        // Each session names its class as a link to the class page, its time, and its room.
        var morning = (Div) test(view.week).getCellComponent(0, DayPart.MORNING.name());
        RouterLink link = find(RouterLink.class, morning).single();
        assertThat(link.getText()).isEqualTo("PBT-HN-2023-01");
        assertThat(link.getHref()).isEqualTo("classes/" + classId("PBT-HN-2023-01"));
        assertThat(morning.getElement().getTextRecursively()).startsWith("07:30–11:15 · PBT-HN-2023-01 · Khai giảng")
                .endsWith(" · Trường Đào tạo cán bộ Lê Hồng Phong, Hà Nội");
    }

    @Test
    void onAPhoneTheWeekIsDaysOfSessionCardsInEitherLayout() {
        TimetableView view = open("week=2023-03-27");
        int sessions = sessions(days(view.week)).size();
        view.showOnPhone(true);
        assertThat(view.week.isVisible()).isFalse();
        assertThat(view.list.isVisible()).isFalse();
        assertThat(view.layout.isVisible()).isFalse();
        assertThat(view.days.isVisible()).isTrue();
        assertThat(view.days.getChildren().filter(SessionCard.class::isInstance)).hasSize(sessions);
        assertThat(view.days.getChildren().filter(com.vaadin.flow.component.html.H4.class::isInstance)
                .map(heading -> ((com.vaadin.flow.component.html.H4) heading).getText()).toList())
                .hasSize(6).first().asString().isEqualTo("Thứ Hai, 27/03/2023");
        // Moving to another week redraws the cards for it.
        view.goTo(HANOI_WEEK.plusWeeks(1));
        assertThat(view.days.getChildren().filter(SessionCard.class::isInstance))
                .hasSize(sessions(days(view.week)).size());

        view.showOnPhone(false);
        assertThat(view.days.isVisible()).isFalse();
        assertThat(view.layout.isVisible()).isTrue();
    }

    @Test
    void theWeekButtonsAndTheDatePickerMoveTheWeek() {
        TimetableView view = open("week=2023-03-29");
        assertThat(view.monday()).isEqualTo(HANOI_WEEK);

        test(view.nextWeek).click();
        assertThat(view.monday()).isEqualTo(LocalDate.of(2023, 4, 3));
        assertThat(view.weekPicker.getValue()).isEqualTo(LocalDate.of(2023, 4, 3));
        assertThat(days(view.week)).extracting(TimetableWeekGrid.Day::date).first()
                .isEqualTo(LocalDate.of(2023, 4, 3));
        assertThat(sessions(days(view.week))).hasSize(10);

        test(view.previousWeek).click();
        test(view.previousWeek).click();
        assertThat(view.monday()).isEqualTo(LocalDate.of(2023, 3, 20));
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.week.isVisible()).isFalse();
        assertThat(view.emptyMessage.getText()).isEqualTo("Không có buổi học nào trong tuần đã chọn.");
        assertThat(view.nextWithSessions.getText()).isEqualTo("Tuần có lịch tiếp theo (27/03/2023)");
        assertThat(view.previousWithSessions.isVisible()).isFalse();
        test(view.nextWithSessions).click();
        assertThat(view.monday()).isEqualTo(HANOI_WEEK);
        assertThat(view.week.isVisible()).isTrue();

        // Any day picked stands for its week.
        test(view.weekPicker).setValue(LocalDate.of(2025, 11, 13));
        assertThat(view.monday()).isEqualTo(LocalDate.of(2025, 11, 10));
        assertThat(view.weekPicker.getValue()).isEqualTo(LocalDate.of(2025, 11, 10));
        assertThat(sessions(days(view.week))).extracting(SessionRow::classCode).containsOnly("NVCTD-VT-2025-I");

        test(view.thisWeek).click();
        assertThat(view.monday()).isEqualTo(TimetableService.mondayOf(LocalDate.now(clock)));
        assertThat(view.thisWeek.isEnabled()).isFalse();
    }

    @Test
    void withoutAWeekInTheAddressTheCurrentWeekShows() {
        TimetableView view = navigate(TimetableView.class);
        assertThat(view.monday()).isEqualTo(TimetableService.mondayOf(LocalDate.now(clock)));
    }

    @Test
    void theFiltersNarrowTheWeek() {
        TimetableView view = open("week=2023-03-27");

        test(view.lecturer).setFilter("dinh quang");
        test(view.lecturer).selectItem("PGS.TS. Đinh Quang Vinh");
        List<SessionRow> vinh = sessions(days(view.week));
        assertThat(vinh).hasSize(2).extracting(SessionRow::lecturerName).containsOnly("PGS.TS. Đinh Quang Vinh");
        assertThat(days(view.week)).extracting(TimetableWeekGrid.Day::date).containsExactly(HANOI_WEEK.plusDays(2));
        assertThat(view.count.getText()).isEqualTo("2 buổi học");

        // The filter stays when the week changes: Vinh teaches nothing the next week.
        test(view.nextWeek).click();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.emptyMessage.getText())
                .isEqualTo("Không có buổi học nào phù hợp với bộ lọc trong tuần đã chọn.");
        assertThat(view.previousWithSessions.getText()).contains("29/03/2023");
        test(view.previousWithSessions).click();
        view.lecturer.clear();
        assertThat(sessions(days(view.week))).hasSize(12);

        test(view.room).setValue("hoi truong");
        assertThat(view.empty.isVisible()).isTrue();
        test(view.room).setValue("le hong phong");
        assertThat(sessions(days(view.week))).hasSize(12);
        test(view.room).setValue("");

        view.trainingClass.select(classId("NVCTD-VT-2025-I"));
        assertThat(view.empty.isVisible()).isTrue();
        view.trainingClass.select(classId("PBT-HN-2023-01"));
        assertThat(sessions(days(view.week))).hasSize(12);
    }

    @Test
    void theAddressCarriesTheFiltersAndTheLayout() {
        long vinh = lecturers.list(new LecturerService.Filter("dinh quang vinh", null), PageRequest.of(0, 1))
                .getFirst().id();
        TimetableView view = open("week=2023-03-27&lecturer=" + vinh + "&layout=list");
        assertThat(view.lecturer.selectedId()).isEqualTo(vinh);
        assertThat(view.list.isVisible()).isTrue();
        assertThat(view.week.isVisible()).isFalse();
        assertThat(test(view.list).size()).isEqualTo(2);
        assertThat(test(view.list).getRow(0).lecturerId()).isEqualTo(vinh);

        test(view.layout).selectItem("Theo ngày và buổi");
        assertThat(view.week.isVisible()).isTrue();
        assertThat(view.list.isVisible()).isFalse();

        // Nonsense in the address falls back to the current week without filters.
        TimetableView fallback = open("week=hom-qua&lecturer=abc&class=");
        assertThat(fallback.monday()).isEqualTo(TimetableService.mondayOf(LocalDate.now(clock)));
        assertThat(fallback.filter().lecturerId()).isNull();
        assertThat(fallback.filter().classId()).isNull();
    }

    @Test
    void theSessionCountReadsRightInEitherLanguage() {
        var provider = new TranslationProvider();
        assertThat(provider.getTranslation("timetable.week.count", TranslationProvider.VIETNAMESE, 1))
                .isEqualTo("1 buổi học");
        assertThat(provider.getTranslation("timetable.week.count", Locale.ENGLISH, 0)).isEqualTo("no sessions");
        assertThat(provider.getTranslation("timetable.week.count", Locale.ENGLISH, 1)).isEqualTo("1 session");
        assertThat(provider.getTranslation("timetable.week.count", Locale.ENGLISH, 12)).isEqualTo("12 sessions");
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerOpensTheTimetableOfTheClassesTheyTeach() {
        TimetableView view = open("week=2025-11-10");
        assertThat(sessions(days(view.week))).isNotEmpty().extracting(SessionRow::classCode)
                .containsOnly("NVCTD-VT-2025-I");
    }
}
