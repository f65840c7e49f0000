package vn.lopboiduong.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class ProfileViewTest extends SpringBrowserlessTest {

    @Test
    void aWrongCurrentPasswordIsRefusedWithAClearMessage() {
        ProfileView view = navigate(ProfileView.class);
        test(view.currentPassword).setValue("Sai@2025");
        test(view.newPassword).setValue("Moi@20251");
        test(view.confirmPassword).setValue("Moi@20251");
        test(view.changePassword).click();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Mật khẩu hiện tại không đúng.");
    }

    @Test
    void mismatchedNewPasswordsAreCaughtBeforeSaving() {
        ProfileView view = navigate(ProfileView.class);
        test(view.currentPassword).setValue("Demo@2025");
        test(view.newPassword).setValue("Moi@20251");
        test(view.confirmPassword).setValue("Khac@20251");
        test(view.changePassword).click();
        assertThat(view.confirmPassword.isInvalid()).isTrue();
        assertThat(view.confirmPassword.getErrorMessage()).isEqualTo("Mật khẩu nhập lại không khớp.");
    }
}
