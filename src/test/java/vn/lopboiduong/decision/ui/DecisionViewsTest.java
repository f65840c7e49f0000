package vn.lopboiduong.decision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lopboiduong.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.decision.DecisionKind;
import vn.lopboiduong.decision.DecisionService;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.ui.ClassView;

@SpringBootTest
class DecisionViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    TrainingClassService classes;

    @Autowired
    DecisionService decisions;

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void leadersFilterDecisionsAndOpenThemReadOnly() {
        DecisionListView view = navigate(DecisionListView.class);
        assertThat(view.add.isVisible()).isFalse();
        test(view.kind).selectItem("Mở lớp");
        test(view.year).setValue(2023);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).number()).isEqualTo("4525-QĐ/TU");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("15/03/2023");
        test(view.grid).clickRow(0);
        Dialog dialog = find(Dialog.class).single();
        assertThat(find(TextField.class, dialog).withLabel("Số quyết định").single().isReadOnly()).isTrue();
        assertThat(find(Upload.class, dialog).exists()).isFalse();
        assertThat(find(Button.class, dialog).withText("Lưu").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void theCommitteeRecordsADecisionAndSeesItInTheList() {
        DecisionListView view = navigate(DecisionListView.class);
        test(view.add).click();
        Dialog dialog = find(Dialog.class).single();
        String number = UUID.randomUUID().toString().substring(0, 5) + "-QĐ/TCT";
        test(find(TextField.class, dialog).withLabel("Số quyết định").single()).setValue(number);
        test(find(TextField.class, dialog).withLabel("Cơ quan ban hành").single())
                .setValue("Trường Chính trị tỉnh Phú Thọ");
        test(find(TextArea.class, dialog).withLabel("Trích yếu").single())
                .setValue("Thành lập Ban Cán sự lớp khóa II năm 2026");
        assertThat(find(Upload.class, dialog).exists()).isTrue();
        test(find(Button.class, dialog).withText("Lưu").single()).click();
        assertThat(find(Dialog.class).exists()).isFalse();
        test(view.search).setValue(number);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).kind()).isEqualTo(DecisionKind.OPEN_CLASS);
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void aDecisionWithoutItsRequiredFieldsIsNotSaved() {
        long before = decisions.count(DecisionService.Filter.all());
        DecisionListView view = navigate(DecisionListView.class);
        test(view.add).click();
        Dialog dialog = find(Dialog.class).single();
        // Required text fields say so before the user tries to save.
        assertThat(find(TextField.class, dialog).withLabel("Số quyết định").single().isRequiredIndicatorVisible())
                .isTrue();
        assertThat(find(TextArea.class, dialog).withLabel("Trích yếu").single().isRequiredIndicatorVisible())
                .isTrue();
        test(find(Button.class, dialog).withText("Lưu").single()).click();
        assertThat(find(Dialog.class).exists()).isTrue();
        assertThat(find(TextField.class, dialog).withLabel("Số quyết định").single().isInvalid()).isTrue();
        assertThat(decisions.count(DecisionService.Filter.all())).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void theClassPageListsItsDecisionsAndBoard() {
        ClassView page = navigate("classes/" + data.classId("PBT-HN-2023-01"), ClassView.class);
        Tabs tabs = find(Tabs.class).single();
        assertThat(tabs.getComponentCount()).isEqualTo(7);
        assertThat(tabs.getTabAt(6).getLabel()).isEqualTo("Quyết định");
        test(tabs).select(6);
        @SuppressWarnings("unchecked")
        var grid = (DecisionGrid) find(DecisionGrid.class).single();
        var rows = test(grid);
        assertThat(rows.size()).isEqualTo(3);
        // Exactly the Hanoi class's own decisions, not merely three of them.
        assertThat(java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> rows.getRow(i).number()))
                .containsExactlyInAnyOrder("4525-QĐ/TU", "4526-QĐ/TU", "4527-QĐ/TU");
        assertThat(page.getPageTitle()).contains("PBT-HN-2023-01");
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void lecturersSeeNoDecisionsTabOnTheirClass() {
        navigate("classes/" + data.classId("NVCTD-VT-2025-I"), ClassView.class);
        Tabs tabs = find(Tabs.class).single();
        // Overview, board, programme, trainees, timetable and topic plans: no decisions.
        assertThat(tabs.getComponentCount()).isEqualTo(6);
        assertThat(find(Anchor.class).withClassName("decision-file").exists()).isFalse();
    }
}
