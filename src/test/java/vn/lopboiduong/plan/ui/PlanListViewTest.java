package vn.lopboiduong.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import vn.lopboiduong.plan.PlanProgress;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class PlanListViewTest extends SpringBrowserlessTest {

    @Test
    void plan110ShowsItsProgressAgainstTheTargets() {
        PlanListView view = navigate(PlanListView.class);
        test(view.search).setValue("110-KH/TU");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("19/10/2022");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("1 / 5 lớp đã khai giảng (đã tạo 1 lớp)");
        // The 116 deputy secretaries enrolled in the plan's one class, against the plan's 579.
        assertThat(test(view.grid).getCellText(0, 5)).isEqualTo("116 / 579 (116 chỗ học)");
        assertThat(view.add.isVisible()).isFalse();
    }

    @Test
    void aPlanListsItsClassesAndLeadsToThem() {
        PlanListView view = navigate(PlanListView.class);
        test(view.search).setValue("110-KH/TU");
        test(view.grid).clickRow(0);
        @SuppressWarnings("unchecked")
        Grid<PlanProgress.PlanClass> classes = find(Grid.class, find(Dialog.class).single()).all().stream()
                .filter(grid -> grid.getColumns().size() == 4).findFirst().orElseThrow();
        assertThat(test(classes).size()).isEqualTo(1);
        assertThat(test(classes).getCellText(0, 0)).isEqualTo("PBT-HN-2023-01");
        assertThat(test(classes).getCellText(0, 2)).isEqualTo("27/03/2023 – 08/04/2023");
        assertThat(test(classes).getCellText(0, 3)).isEqualTo("Đã bế giảng");
        test(classes).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(vn.lopboiduong.klass.ui.ClassView.class);
    }
}
