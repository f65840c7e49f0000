package vn.lopboiduong.klass.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.ui.ClassView;

@SpringBootTest
class ClassBoardTabTest extends SpringBrowserlessTest {

    @Autowired
    TrainingClassService classes;

    private long classId(String code) {
        return classes.list(new TrainingClassService.Filter(code, null, null, null, null), PageRequest.of(0, 1))
                .getFirst().id();
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void theCommitteeAssignsTheManagementBoardOnItsTab() {
        navigate("classes/" + classId("NVCTD-VT-2026-II") + "/board", ClassView.class);
        assertThat(test(find(Tabs.class).single()).isSelected("Ban Quản lý lớp")).isTrue();
        ClassBoardSection board = find(ClassBoardSection.class).single();
        int before = test(board.grid).size();
        assertThat(test(board.grid).getCellText(0, 0)).isEqualTo("Trưởng ban");
        test(board.add).click();
        Dialog dialog = find(Dialog.class).single();
        String name = "Vũ Thị " + UUID.randomUUID().toString().substring(0, 4);
        test(find(TextField.class, dialog).withLabel("Họ và tên").single()).setValue(name);
        test(find(TextField.class, dialog).withLabel("Chức vụ, đơn vị công tác").single())
                .setValue("Chuyên viên Phòng Quản lý đào tạo");
        test(find(Button.class, dialog).withText("Lưu").single()).click();
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(test(board.grid).size()).isEqualTo(before + 1);
        assertThat(board.grid.getListDataView().getItems().map(row -> row.fullName())).contains(name);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void leadersReadTheBoardWithoutChangingIt() {
        navigate("classes/" + classId("PBT-HN-2023-01"), ClassView.class);
        test(find(Tabs.class).single()).select("Ban Quản lý lớp");
        ClassBoardSection board = find(ClassBoardSection.class).single();
        assertThat(test(board.grid).size()).isEqualTo(4);
        assertThat(board.add.isAttached()).isFalse();
    }
}
