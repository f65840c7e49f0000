package vn.lopboiduong.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.user.UserAccount;
import vn.lopboiduong.user.UserRow;
import vn.lopboiduong.user.UserService;

@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class UserListViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Test
    void listsAccountsAndSearchesWithoutDiacritics() {
        UserListView view = navigate(UserListView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(4);

        test(view.search).setValue("nguyen thi thu ha");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).username()).isEqualTo("organizer");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Nguyễn Thị Thu Hà");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Ban tổ chức lớp");
    }

    @Test
    void aLostRaceShowsTheRolesTheAdministratorChoseBesideTheStoredOnes() {
        String username = "ds" + UUID.randomUUID().toString().substring(0, 6);
        long id = users.create(new UserAccount(username, "Đặng Văn Thử", java.util.Set.of(Role.VIEWER)),
                "Thu@2025abc").requireId();
        UserListView view = navigate(UserListView.class);
        test(view.search).setValue(username);
        test(view.grid).clickRow(0);
        Dialog stale = find(Dialog.class).single();
        @SuppressWarnings("unchecked")
        var roles = (com.vaadin.flow.component.checkbox.CheckboxGroup<Role>) find(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class, stale).single();
        roles.setValue(java.util.Set.of(Role.LECTURER));

        UserAccount theirs = users.get(id).orElseThrow();
        theirs.setRoles(java.util.Set.of(Role.ORGANIZER));
        users.update(theirs);
        test(find(Button.class, stale).withText("Lưu").single()).click();

        Dialog reopened = find(Dialog.class).single();
        @SuppressWarnings("unchecked")
        var freshRoles = (com.vaadin.flow.component.checkbox.CheckboxGroup<Role>) find(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class, reopened).single();
        assertThat(freshRoles.getValue()).containsExactly(Role.ORGANIZER);
        assertThat(freshRoles.getHelperText()).isEqualTo("Giá trị đồng chí đã nhập: Giảng viên");
        assertThat(users.get(id).orElseThrow().getRoles()).containsExactly(Role.ORGANIZER);
    }

    @Test
    void createsAnAccountThroughTheDialog() {
        UserListView view = navigate(UserListView.class);
        test(view.add).click();
        Dialog dialog = find(Dialog.class).single();
        String username = "gv" + UUID.randomUUID().toString().substring(0, 6);

        var fields = find(com.vaadin.flow.component.textfield.TextField.class, dialog).all();
        test(fields.get(0)).setValue(username);
        test(fields.get(1)).setValue("Lê Văn Giảng");
        test(find(com.vaadin.flow.component.textfield.PasswordField.class, dialog).single()).setValue("Giang@2025");
        @SuppressWarnings("unchecked")
        var roles = (com.vaadin.flow.component.checkbox.CheckboxGroup<Role>) find(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class, dialog).single();
        roles.setValue(java.util.Set.of(Role.LECTURER));
        test(find(Button.class, dialog).withText("Lưu").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        test(view.search).setValue(username);
        assertThat(test(view.grid).size()).isEqualTo(1);
        UserRow created = test(view.grid).getRow(0);
        assertThat(created.fullName()).isEqualTo("Lê Văn Giảng");
        assertThat(created.roles()).containsExactly(Role.LECTURER);
    }

    @Test
    void badInputKeepsTheDialogOpenAndStoresNothing() {
        UserListView view = navigate(UserListView.class);
        int before = test(view.grid).size();
        test(view.add).click();
        Dialog dialog = find(Dialog.class).single();
        var fields = find(com.vaadin.flow.component.textfield.TextField.class, dialog).all();
        test(fields.get(0)).setValue("Có Dấu");
        test(find(com.vaadin.flow.component.textfield.PasswordField.class, dialog).single()).setValue("weak");
        test(find(Button.class, dialog).withText("Lưu").single()).click();

        assertThat(find(Dialog.class).exists()).isTrue();
        assertThat(fields.get(0).isInvalid()).isTrue();
        assertThat(fields.get(1).isInvalid()).isTrue();
        test(view.search).clear();
        assertThat(test(view.grid).size()).isEqualTo(before);
    }

    @Test
    void aWeakPasswordIsRefusedWithAMessage() {
        UserListView view = navigate(UserListView.class);
        test(view.add).click();
        Dialog dialog = find(Dialog.class).single();
        var fields = find(com.vaadin.flow.component.textfield.TextField.class, dialog).all();
        test(fields.get(0)).setValue("weakpass" + UUID.randomUUID().toString().substring(0, 4));
        test(fields.get(1)).setValue("Phạm Thị Yếu");
        test(find(com.vaadin.flow.component.textfield.PasswordField.class, dialog).single()).setValue("abc");
        test(find(Button.class, dialog).withText("Lưu").single()).click();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Mật khẩu phải có ít nhất 8 ký tự.");
        assertThat(find(Dialog.class).exists()).isTrue();
    }
}
