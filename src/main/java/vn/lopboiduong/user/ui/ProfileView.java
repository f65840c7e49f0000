package vn.lopboiduong.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import vn.lopboiduong.base.ui.Notifications;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.user.UserAccount;
import vn.lopboiduong.user.UserService;

/** Your own account: who you are, your roles, and changing your password. */
@Route("profile")
@PermitAll
public class ProfileView extends Div implements HasDynamicTitle {

    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirmPassword = new PasswordField();
    final Button changePassword = new Button();

    private final UserService users;

    ProfileView(UserService users) {
        this.users = users;
        addClassName("profile-view");
        UserAccount own = users.ownAccount();

        var identity = new FormLayout();
        identity.add(readOnly("profile.username", own.getUsername()),
                readOnly("profile.full-name", own.getFullName()),
                readOnly("profile.email", own.getEmail() == null ? "" : own.getEmail()),
                readOnly("profile.roles", own.getRoles().stream().sorted()
                        .map(role -> getTranslation(role.translationKey())).collect(Collectors.joining(", "))));

        currentPassword.setLabel(getTranslation("profile.current-password"));
        newPassword.setLabel(getTranslation("profile.new-password"));
        newPassword.setHelperText(getTranslation("password.rule"));
        confirmPassword.setLabel(getTranslation("profile.confirm-password"));
        changePassword.setText(getTranslation("profile.change-password"));
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.addClickListener(click -> submit());

        var passwordForm = new FormLayout(currentPassword, newPassword, confirmPassword);
        passwordForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        passwordForm.setMaxWidth("420px");

        var account = new Div(new H3(getTranslation("profile.account")), identity);
        account.addClassName("card");
        var password = new Div(new H3(getTranslation("profile.change-password")), passwordForm, changePassword);
        password.addClassName("card");
        add(account, password);
    }

    private TextField readOnly(String labelKey, String value) {
        var field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        field.setReadOnly(true);
        return field;
    }

    private void submit() {
        currentPassword.setInvalid(false);
        confirmPassword.setInvalid(false);
        if (currentPassword.isEmpty()) {
            currentPassword.setErrorMessage(getTranslation("validation.required"));
            currentPassword.setInvalid(true);
            return;
        }
        if (!newPassword.getValue().equals(confirmPassword.getValue())) {
            confirmPassword.setErrorMessage(getTranslation("profile.error.mismatch"));
            confirmPassword.setInvalid(true);
            return;
        }
        if (ServiceCalls.run(() -> users.changeOwnPassword(currentPassword.getValue(), newPassword.getValue()))) {
            currentPassword.clear();
            newPassword.clear();
            confirmPassword.clear();
            Notifications.success(getTranslation("profile.password-changed"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.profile");
    }
}
