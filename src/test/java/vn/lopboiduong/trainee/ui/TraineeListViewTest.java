package vn.lopboiduong.trainee.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.trainee.TraineeRow;
import vn.lopboiduong.trainee.TraineeService;

/** The registry's page: search without diacritics, and a possible duplicate proposed before a new record. */
@SpringBootTest
class TraineeListViewTest extends SpringBrowserlessTest {

    @Autowired
    TraineeService trainees;

    private List<TraineeRow> rows(TraineeListView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private void fill(String name, LocalDate born) {
        Dialog dialog = find(Dialog.class).single();
        test(find(com.vaadin.flow.component.textfield.TextField.class, dialog).withCaption("Họ và tên").single())
                .setValue(name);
        find(com.vaadin.flow.component.datepicker.DatePicker.class, dialog).single().setValue(born);
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void theCommitteeAddsAPersonFindsThemWithoutDiacriticsAndIsWarnedBeforeRecordingThemTwice() {
        String name = "Đỗ Thị Lan " + UUID.randomUUID().toString().substring(0, 5);
        TraineeListView view = navigate(TraineeListView.class);
        test(view.add).click();
        fill(name, LocalDate.of(1978, 8, 19));
        test(find(com.vaadin.flow.component.button.Button.class, find(Dialog.class).single()).withText("Lưu")
                .single()).click();
        assertThat(find(Dialog.class).exists()).as("saved and closed").isFalse();

        test(view.search).setValue(name.replace("Đỗ Thị", "do thi"));
        assertThat(rows(view)).extracting(TraineeRow::fullName).containsExactly(name);
        assertThat(rows(view).getFirst().born()).isEqualTo("19/08/1978");
        assertThat(view.count.getText()).isEqualTo("1 học viên");

        // The same person again: the existing record is shown, and nothing is saved until the user says so.
        test(view.add).click();
        fill(name.replace("Đỗ Thị", "Do Thi"), LocalDate.of(1978, 8, 19));
        var save = find(com.vaadin.flow.component.button.Button.class, find(Dialog.class).single())
                .withText("Lưu").single();
        test(save).click();
        ConfirmDialog warning = find(ConfirmDialog.class).single();
        assertThat(warning.getElement().getProperty("header")).isEqualTo("Có thể đã có hồ sơ của người này");
        assertThat(trainees.count(TraineeService.Filter.text(name))).isEqualTo(1);
        test(warning).confirm();
        assertThat(trainees.list(TraineeService.Filter.text(name), PageRequest.of(0, 5))).hasSize(2);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void leadersReadTheRegistryWithoutAddingToIt() {
        TraineeListView view = navigate(TraineeListView.class);
        assertThat(view.add.isVisible()).isFalse();
    }
}
