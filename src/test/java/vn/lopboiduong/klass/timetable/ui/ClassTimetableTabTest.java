package vn.lopboiduong.klass.timetable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.klass.timetable.DayPart;
import vn.lopboiduong.klass.timetable.SessionRow;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.ui.ClassView;

@SpringBootTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class ClassTimetableTabTest extends SpringBrowserlessTest {

    @Autowired
    TrainingClassService classes;

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

    private long classId(String code) {
        return classes.list(new TrainingClassService.Filter(code, null, null, null, null), PageRequest.of(0, 1))
                .getFirst().id();
    }
}
