package vn.lopboiduong.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
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
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("1 / 5 lớp (đã lập 1)");
        assertThat(test(view.grid).getCellText(0, 5)).isEqualTo("116 / 579");
        assertThat(view.add.isVisible()).isFalse();
    }
}
