package vn.lopboiduong.unit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.unit.UnitNode;

@SpringBootTest
@WithMockUser(username = "organizer", roles = "ORGANIZER")
class UnitViewTest extends SpringBrowserlessTest {

    @Test
    void showsTheTreeAndExpandsABranchFromTheDatabase() {
        UnitView view = navigate(UnitView.class);
        var roots = view.grid.getDataProvider().fetchChildren(
                new com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery<>(null, null)).toList();
        assertThat(roots).extracting(UnitNode::code).contains("TCT-PT", "DU-VT", "TU-HN");
        UnitNode ward = roots.stream().filter(n -> n.code().equals("DU-VT")).findFirst().orElseThrow();
        view.grid.expand(ward);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(roots.size() + 5);
    }

    @Test
    void searchShowsMatchesAsAFlatList() {
        UnitView view = navigate(UnitView.class);
        test(view.search).setValue("chi bo khu tan xuong");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).parentName()).isEqualTo("Đảng ủy phường Việt Trì");
    }

    @Test
    void addsAUnitUnderTheSelectedOne() {
        UnitView view = navigate(UnitView.class);
        test(view.search).setValue("dang uy phuong viet tri");
        test(view.grid).select(0);
        test(view.add).click();
        Dialog dialog = find(Dialog.class).single();
        String code = "CB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        test(find(TextField.class, dialog).withLabel("Mã đơn vị").single()).setValue(code);
        test(find(TextField.class, dialog).withLabel("Tên đơn vị").single()).setValue("Chi bộ khu Nông Trang");
        test(find(Button.class, dialog).withText("Lưu").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        test(view.search).setValue(code);
        assertThat(test(view.grid).getRow(0).parentName()).isEqualTo("Đảng ủy phường Việt Trì");
        assertThat(test(view.grid).getRow(0).name()).isEqualTo("Chi bộ khu Nông Trang");
    }
}
