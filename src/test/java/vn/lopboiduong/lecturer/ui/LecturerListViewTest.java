package vn.lopboiduong.lecturer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.lecturer.Lecturer;
import vn.lopboiduong.lecturer.LecturerKind;
import vn.lopboiduong.lecturer.LecturerService;

@SpringBootTest
class LecturerListViewTest extends SpringBrowserlessTest {

    @Autowired
    LecturerService lecturers;

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void deletingALecturerAsksFirstAndCancelKeepsThem() {
        String name = "Nguyễn Văn Thử " + UUID.randomUUID().toString().substring(0, 6);
        long id = lecturers.create(new Lecturer(name, LecturerKind.INTERNAL), null, null).requireId();
        LecturerListView view = navigate(LecturerListView.class);
        test(view.search).setValue(name);
        test(view.grid).clickRow(0);
        Dialog dialog = find(Dialog.class).single();

        test(find(Button.class, dialog).withText("Xóa").single()).click();
        assertThat(test(find(ConfirmDialog.class).single()).getText()).contains(name);
        assertThat(lecturers.get(id)).isPresent();
        test(find(ConfirmDialog.class).single()).cancel();
        assertThat(lecturers.get(id)).isPresent();

        test(find(Button.class, dialog).withText("Xóa").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(lecturers.get(id)).isEmpty();
    }

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
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aLeaderReadsALecturerInADialogThatOnlyCloses() {
        LecturerListView view = navigate(LecturerListView.class);
        test(view.search).setValue("dinh quang vinh");
        test(view.grid).clickRow(0);
        Dialog dialog = find(Dialog.class).single();
        assertThat(find(Button.class, dialog).withText("Lưu").exists()).isFalse();
        assertThat(find(Button.class, dialog).withText("Đóng").exists()).isTrue();
        var fullName = find(com.vaadin.flow.component.textfield.TextField.class, dialog).withLabel("Họ và tên")
                .single();
        assertThat(fullName.isReadOnly()).isTrue();
        assertThat(fullName.isRequiredIndicatorVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerSeesOnlyTheirOwnRecordAndCannotAdd() {
        LecturerListView view = navigate(LecturerListView.class);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("ThS. Hoàng Minh Tuấn");
        assertThat(view.add.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerEditsTheContactDetailsOfTheirOwnRecordOnly() {
        LecturerListView view = navigate(LecturerListView.class);
        long id = test(view.grid).getRow(0).id();
        String phoneBefore = lecturers.get(id).orElseThrow().getPhone();
        test(view.grid).clickRow(0);
        Dialog dialog = find(Dialog.class).single();
        for (String committeeKept : java.util.List.of("Họ và tên", "Chức vụ")) {
            var field = find(com.vaadin.flow.component.textfield.TextField.class, dialog).withLabel(committeeKept)
                    .single();
            assertThat(field.isReadOnly()).as(committeeKept).isTrue();
        }
        var phone = find(com.vaadin.flow.component.textfield.TextField.class, dialog).withLabel("Điện thoại")
                .single();
        assertThat(phone.isReadOnly()).isFalse();
        String typed = "0987 " + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\D", "1");
        try {
            test(phone).setValue(typed);
            test(find(Button.class, dialog).withText("Lưu").single()).click();
            assertThat(find(Dialog.class).exists()).isFalse();
            assertThat(lecturers.get(id).orElseThrow().getPhone()).isEqualTo(typed);
        } finally {
            Lecturer stored = lecturers.get(id).orElseThrow();
            stored.setPhone(phoneBefore);
            lecturers.update(stored, stored.getUnit() == null ? null : stored.getUnit().getId(),
                    stored.getUser() == null ? null : stored.getUser().getId());
        }
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void theListLeadsLeadersToTheWorkload() {
        LecturerListView view = navigate(LecturerListView.class);
        assertThat(view.workload.isVisible()).isTrue();
        test(view.workload).click();
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("lecturers/workload");
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerHasNoWayToEveryonesWorkload() {
        LecturerListView view = navigate(LecturerListView.class);
        assertThat(view.workload.isVisible()).isFalse();
    }
}
