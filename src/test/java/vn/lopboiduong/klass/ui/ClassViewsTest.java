package vn.lopboiduong.klass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.klass.ClassStatus;
import vn.lopboiduong.unit.UnitNode;

@SpringBootTest
class ClassViewsTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    vn.lopboiduong.TestData data;

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void theListFiltersByStatusAndYearAndLeadersCannotAdd() {
        ClassListView view = navigate(ClassListView.class);
        assertThat(view.add.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(3);
        test(view.year).setValue(2025);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).code()).isEqualTo("NVCTD-VT-2025-I");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("12/11/2025 – 14/11/2025");
        view.year.clear();
        test(view.status).selectItem("Đã lên kế hoạch");
        assertThat(test(view.grid).getRow(0).status()).isEqualTo(ClassStatus.PLANNED);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void theClassPageShowsDetailsWithoutActionsForLeaders() {
        ClassListView list = navigate(ClassListView.class);
        test(list.search).setValue("NVCTD-VT-2025-I");
        test(list.grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(ClassView.class);
        assertThat(find(ClassOverviewTab.Overview.class).single().statusActions.getChildren().count()).isZero();
        assertThat(find(TextField.class).withLabel("Đơn vị phối hợp").single().getValue())
                .isEqualTo("Đảng ủy phường Việt Trì");
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void theCommitteeOpensAClassAndMovesItToPlanned() {
        ClassListView list = navigate(ClassListView.class);
        assertThat(list.add.getText()).isEqualTo("Tạo lớp mới");
        test(list.add).click();
        Dialog dialog = find(Dialog.class).single();
        String code = "T-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        test(find(TextField.class, dialog).withLabel("Mã lớp").single()).setValue(code);
        test(find(TextField.class, dialog).withLabel("Tên lớp").single())
                .setValue("Lớp bồi dưỡng cấp ủy viên cơ sở");
        @SuppressWarnings("unchecked")
        var organizer = (com.vaadin.flow.component.combobox.ComboBox<UnitNode>) find(
                com.vaadin.flow.component.combobox.ComboBox.class, dialog).withLabel("Đơn vị tổ chức").single();
        organizer.setValue(new UnitNode(1L, "TCT-PT", "Trường Chính trị tỉnh Phú Thọ",
                vn.lopboiduong.unit.UnitKind.SCHOOL, null, null, 0));
        var start = find(com.vaadin.flow.component.datepicker.DatePicker.class, dialog).withLabel("Ngày bắt đầu")
                .single();
        start.setValue(java.time.LocalDate.of(2026, 12, 15));
        test(find(Button.class, dialog).withText("Lưu").single()).click();

        ClassView page = (ClassView) getCurrentView();
        assertThat(page.getPageTitle()).startsWith(code);
        test(find(Button.class).withText("Chốt kế hoạch lớp").single()).click();
        ConfirmDialog question = find(ConfirmDialog.class).single();
        assertThat(test(question).getHeader()).isEqualTo("Chốt kế hoạch lớp: " + code + "?");
        test(question).confirm();
        assertThat(find(Button.class).withText("Chốt kế hoạch lớp").exists()).isFalse();

        // Opening names what follows, and nothing moves until the user confirms.
        test(find(Button.class).withText("Khai giảng").single()).click();
        question = find(ConfirmDialog.class).single();
        assertThat(test(question).getText()).contains("không thể hoàn tác");
        test(question).cancel();
        assertThat(find(com.vaadin.flow.component.html.Span.class).withText("Đã lên kế hoạch").exists()).isTrue();
        test(find(Button.class).withText("Khai giảng").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(find(Button.class).withText("Bế giảng").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void switchingTabsMovesTheAddressAndBuildsATabOnlyWhenOpened() {
        long id = data.classId("PBT-HN-2023-01");
        ClassView page = navigate("classes/" + id, ClassView.class);
        assertThat(test(page.tabs).isSelected("Tổng quan")).isTrue();
        assertThat(page.content.getComponentCount()).isEqualTo(1);
        test(page.tabs).select("Chương trình");
        assertThat(currentPath()).isEqualTo("classes/" + id + "/programme");
        test(page.tabs).select("Lịch học");
        assertThat(currentPath()).isEqualTo("classes/" + id + "/timetable");
        // Back (the browser's history) lands on the programme address again, and the tab follows it.
        navigate("classes/" + id + "/programme", ClassView.class);
        assertThat(test(page.tabs).isSelected("Chương trình")).isTrue();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void theHeaderNamesTheClassWithItsCohortOnceAsTheListDoes() {
        ClassView page = navigate("classes/" + data.classId("NVCTD-VT-2025-I"), ClassView.class);
        String shown = "Lớp bồi dưỡng nghiệp vụ công tác Đảng – Khóa I năm 2025";
        assertThat(find(com.vaadin.flow.component.html.H2.class).single().getText()).isEqualTo(shown);
        assertThat(page.getPageTitle()).isEqualTo("NVCTD-VT-2025-I – " + shown);
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void aRenamedClassShowsItsNewNameAndTitleAtOnce() {
        long id = data.newClass("RN", java.time.LocalDate.of(2027, 4, 5), java.time.LocalDate.of(2027, 4, 6), null);
        ClassView page = navigate("classes/" + id, ClassView.class);
        test(find(Button.class).withText("Sửa").single()).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class, dialog).withLabel("Tên lớp").single()).setValue("Lớp đã đổi tên");
        test(find(Button.class, dialog).withText("Lưu").single()).click();
        assertThat(find(com.vaadin.flow.component.html.H2.class).single().getText()).isEqualTo("Lớp đã đổi tên");
        assertThat(page.getPageTitle()).endsWith("Lớp đã đổi tên");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getTitle()).endsWith("Lớp đã đổi tên");
    }

    private static String currentPath() {
        return com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
