package vn.lopboiduong.user.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.lopboiduong.base.ui.FormDialog;
import vn.lopboiduong.base.ui.Notifications;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.user.UserAccount;
import vn.lopboiduong.user.UserService;

/** An administrator sets a new password for someone who forgot theirs; it also lifts a sign-in lock-out. */
final class ResetPasswordDialog {

    private ResetPasswordDialog() {
    }

    static FormDialog<?> open(UserService users, UserAccount account) {
        var form = new FormLayout();
        var password = new PasswordField(form.getTranslation("profile.new-password"));
        password.setHelperText(form.getTranslation("password.rule"));
        var confirm = new PasswordField(form.getTranslation("profile.confirm-password"));
        form.add(password, confirm);
        var dialog = new FormDialog<>(form.getTranslation("users.reset-password.title", account.getUsername()), form,
                () -> {
                    if (!password.getValue().equals(confirm.getValue())) {
                        confirm.setErrorMessage(form.getTranslation("profile.error.mismatch"));
                        confirm.setInvalid(true);
                        return false;
                    }
                    boolean done = ServiceCalls.run(() -> users.resetPassword(account.requireId(),
                            password.getValue()));
                    if (done) {
                        Notifications.success(form.getTranslation("users.password-reset", account.getUsername()));
                    }
                    return done;
                });
        dialog.open();
        return dialog;
    }
}
