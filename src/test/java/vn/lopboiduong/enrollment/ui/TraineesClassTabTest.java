package vn.lopboiduong.enrollment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.tabs.Tabs;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.TestData;
import vn.lopboiduong.enrollment.EnrollmentService;
import vn.lopboiduong.klass.ui.ClassView;
import vn.lopboiduong.trainee.Trainee;
import vn.lopboiduong.trainee.TraineeRow;
import vn.lopboiduong.trainee.TraineeService;

/** The class page's Học viên tab: the committee enrols a person found in the registry; leaders only read. */
@SpringBootTest
class TraineesClassTabTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    TraineeService trainees;

    @Autowired
    EnrollmentService enrollments;

    private Roster open(long classId) {
        navigate("classes/" + classId + "/trainees", ClassView.class);
        assertThat(test(find(Tabs.class).single()).isSelected("Học viên")).isTrue();
        return find(Roster.class).single();
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    @SuppressWarnings("unchecked")
    void theCommitteeEnrolsAPersonFromTheRegistryAndTheCountFollows() {
        long classId = data.newClass("ROS", LocalDate.of(2035, 6, 4), LocalDate.of(2035, 6, 6), null);
        String name = "Vũ Văn Ghi Danh " + UUID.randomUUID().toString().substring(0, 5);
        Trainee person = trainees.create(new Trainee(name), TraineeService.Links.none(), true);
        Roster roster = open(classId);
        assertThat(roster.count.getText()).startsWith("0");
        test(roster.enrol).click();
        Dialog dialog = find(Dialog.class).single();
        ComboBox<TraineeRow> picker = find(ComboBox.class, dialog).single();
        picker.setValue(new TraineeRow(person.requireId(), name, null, null, null, null, null, null, null, null));
        test(find(Button.class, dialog).withText("Ghi danh").single()).click();
        assertThat(enrollments.enrolledCount(classId)).isEqualTo(1);
        assertThat(roster.count.getText()).startsWith("1");
        assertThat(test(roster.grid).size()).isEqualTo(1);
        assertThat(test(roster.grid).getRow(0).fullName()).isEqualTo(name);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void leadersReadTheRosterWithoutEnrolling() {
        Roster roster = open(data.classId("NVCTD-VT-2025-I"));
        assertThat(roster.enrol.isVisible()).isFalse();
        // The demo's Việt Trì class of 2025: its 172 cadres, as the seed article says.
        assertThat(roster.count.getText()).isEqualTo("172/172 học viên");
    }
}
