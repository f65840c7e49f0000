package vn.lopboiduong.lecturer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class LecturerListViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void theCommitteeSeesEveryoneAndCanAdd() {
        LecturerListView view = navigate(LecturerListView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(6);
        assertThat(view.add.isVisible()).isTrue();
        test(view.search).setValue("dinh quang vinh");
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("PGS.TS. Đinh Quang Vinh");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Giảng viên thỉnh giảng");
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerSeesOnlyTheirOwnRecordAndCannotAdd() {
        LecturerListView view = navigate(LecturerListView.class);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("ThS. Hoàng Minh Tuấn");
        assertThat(view.add.isVisible()).isFalse();
    }
}
