package vn.lopboiduong.klass.timetable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.TestData;
import vn.lopboiduong.klass.timetable.ClassSession;
import vn.lopboiduong.klass.timetable.DayPart;
import vn.lopboiduong.klass.timetable.TimetableService;
import vn.lopboiduong.klass.timetable.SessionRow;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.ui.ClassView;

@SpringBootTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class ClassTimetableTabTest extends SpringBrowserlessTest {

    @Autowired
    TrainingClassService classes;

    @Autowired
    TimetableService timetable;

    @Autowired
    TestData data;

    @Test
    void theVietTriTimetableReadsByDayAndPartOfDay() {
        long id = classes.list(new TrainingClassService.Filter("NVCTD-VT-2025-I", null, null, null, null),
                PageRequest.of(0, 1)).getFirst().id();
        navigate("classes/" + id + "/timetable", ClassView.class);
        // The address names the tab: the timetable tab is the one selected, and only it has been built.
        assertThat(test(find(Tabs.class).single()).isSelected("Lịch học")).isTrue();
        assertThat(find(ClassTimetableTab.class).exists()).isTrue();
        assertThat(find(TextField.class).withLabel("Mã lớp").exists()).isFalse();
        TimetableWeekGrid week = find(TimetableWeekGrid.class).single();

        assertThat(test(week).size()).isEqualTo(3);
        TimetableWeekGrid.Day lastDay = test(week).getRow(2);
        assertThat(lastDay.date()).isEqualTo(LocalDate.of(2025, 11, 14));
        assertThat(lastDay.in(DayPart.MORNING)).extracting(SessionRow::topicTitle)
                .containsExactly("Nghiên cứu thực tế tại cơ sở");
        assertThat(test(week).getRow(0).in(DayPart.MORNING)).hasSize(2);
        assertThat(week.getColumnByKey(DayPart.EVENING.name()).isVisible()).isFalse();
        assertThat(find(com.vaadin.flow.component.button.Button.class).withText("Tạo lịch dự kiến từ chương trình")
                .exists()).isFalse();
    }

    @Test
    void leadersDownloadTheTimetableAsPdfAndExcel() {
        navigate("classes/" + classId("PBT-HN-2023-01") + "/timetable", ClassView.class);

        Anchor pdf = find(Anchor.class).withText("Xuất PDF").single();
        Anchor excel = find(Anchor.class).withText("Xuất Excel").single();
        assertThat(pdf.isDownload()).isTrue();
        assertThat(excel.isDownload()).isTrue();
        assertThat(pdf.getHref()).isNotBlank().isNotEqualTo(excel.getHref());

        var pdfBytes = new ByteArrayOutputStream();
        test(pdf).download(pdfBytes);
        assertThat(new String(pdfBytes.toByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var excelBytes = new ByteArrayOutputStream();
        test(excel).download(excelBytes);
        // An .xlsx file is a zip archive.
        assertThat(excelBytes.toByteArray()).startsWith('P', 'K', 3, 4);
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerDownloadsTheTimetableOfAClassTheyTeach() {
        navigate("classes/" + classId("NVCTD-VT-2026-II") + "/timetable", ClassView.class);
        assertThat(find(Anchor.class).withText("Xuất PDF").exists()).isTrue();
        assertThat(find(Anchor.class).withText("Xuất Excel").exists()).isTrue();
        assertThat(find(com.vaadin.flow.component.button.Button.class).withText("Thêm buổi học").exists())
                .isFalse();
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void aSessionEditedMeanwhileReopensWithTheStoredSessionAndTheTypedRoom() {
        long classId = data.newClass("TR", LocalDate.of(2029, 10, 1), LocalDate.of(2029, 10, 5), null);
        long sessionId = timetable.add(classId, new ClassSession(LocalDate.of(2029, 10, 2), DayPart.MORNING), null,
                null).requireId();
        navigate("classes/" + classId + "/timetable", ClassView.class);
        ClassTimetableTab tab = find(ClassTimetableTab.class).single();
        tab.layout.setValue("list");
        var actions = test(tab.grid).getCellComponent(0, tab.grid.getColumns().size() - 1);
        test(find(Button.class, actions).all().stream()
                .filter(button -> "Sửa".equals(button.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow()).click();
        Dialog stale = find(Dialog.class).single();
        String room = "Phòng " + UUID.randomUUID().toString().substring(0, 6);
        test(find(TextField.class, stale).withLabel("Phòng, địa điểm").single()).setValue(room);

        ClassSession theirs = timetable.get(sessionId);
        theirs.setEndTime(LocalTime.of(10, 30));
        timetable.update(theirs, null, null);

        test(find(Button.class, stale).withText("Lưu").single()).click();
        Dialog reopened = find(Dialog.class).single();
        assertThat(reopened).isNotSameAs(stale);
        assertThat(find(TextField.class, reopened).withLabel("Phòng, địa điểm").single().getValue())
                .isEqualTo(room);
        assertThat(find(com.vaadin.flow.component.timepicker.TimePicker.class, reopened).withLabel("Kết thúc")
                .single().getValue()).isEqualTo(LocalTime.of(10, 30));
        test(find(Button.class, reopened).withText("Lưu").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        ClassSession stored = timetable.get(sessionId);
        assertThat(stored.getRoom()).isEqualTo(room);
        assertThat(stored.getEndTime()).isEqualTo(LocalTime.of(10, 30));
    }

    private long classId(String code) {
        return classes.list(new TrainingClassService.Filter(code, null, null, null, null), PageRequest.of(0, 1))
                .getFirst().id();
    }
}
