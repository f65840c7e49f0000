package vn.lopboiduong.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Set;
import vn.lopboiduong.base.ui.FormDialog;
import vn.lopboiduong.base.ui.Notifications;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.user.UserAccount;
import vn.lopboiduong.user.UserService;

/** Creates or edits one account; for an existing one also locks, unlocks and resets its password. */
final class UserDialog {

    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final PasswordField password = new PasswordField();
    final FormDialog<UserAccount> dialog;

    private final BeanValidationBinder<UserAccount> binder = FormDialog.binder(UserAccount.class);

    private UserDialog(UserService users, UserAccount account, Runnable onChange) {
        boolean isNew = account.isNew();
        var form = new FormLayout();
        username.setLabel(form.getTranslation("users.username"));
        username.setHelperText(form.getTranslation("users.username.help"));
        username.setReadOnly(!isNew);
        fullName.setLabel(form.getTranslation("users.full-name"));
        email.setLabel(form.getTranslation("users.email"));
        roles.setLabel(form.getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> form.getTranslation(role.translationKey()));
        password.setLabel(form.getTranslation("users.initial-password"));
        password.setHelperText(form.getTranslation("password.rule"));

        // Bound by property name, so that the entity's Bean Validation rules check each field as it is typed.
        binder.forField(username).bind("username");
        binder.forField(fullName).bind("fullName");
        binder.forField(email).withNullRepresentation("").bind("email");
        binder.forField(roles).bind("roles");

        form.add(username, fullName, email);
        if (isNew) {
            form.add(password);
        }
        form.add(roles, 2);

        dialog = new FormDialog<>(form.getTranslation(isNew ? "users.dialog.new" : "users.dialog.edit",
                account.getUsername()), form, binder, account,
                edited -> edited.isNew() ? users.create(edited, password.getValue()) : users.update(edited))
                .onSaved(saved -> form.getTranslation("users.saved", saved.getUsername()), saved -> onChange.run());

        if (!isNew) {
            long id = account.requireId();
            dialog.reloadWith(() -> users.get(id), fresh -> forExisting(users, fresh, onChange));
            var lock = new Button(form.getTranslation(account.isActive() ? "users.lock" : "users.unlock"),
                    click -> {
                        boolean done = ServiceCalls.run(() -> {
                            if (account.isActive()) {
                                users.lock(id);
                            } else {
                                users.unlock(id);
                            }
                        });
                        if (done) {
                            Notifications.success(form.getTranslation(
                                    account.isActive() ? "users.locked" : "users.unlocked", account.getUsername()));
                            onChange.run();
                            dialog.close();
                        }
                    });
            lock.addThemeVariants(account.isActive() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            var reset = new Button(form.getTranslation("users.reset-password"),
                    click -> ResetPasswordDialog.open(users, account));
            dialog.addExtraActions(lock, reset);
        }
    }

    static FormDialog<UserAccount> forNew(UserService users, Runnable onChange) {
        return new UserDialog(users, new UserAccount("", "", Set.of(Role.VIEWER)), onChange).dialog;
    }

    static FormDialog<UserAccount> forExisting(UserService users, UserAccount account, Runnable onChange) {
        return new UserDialog(users, account, onChange).dialog;
    }
}
