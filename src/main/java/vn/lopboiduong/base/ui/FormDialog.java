package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;
import java.util.function.BooleanSupplier;

/**
 * The one form pattern: a dialog with a form, Cancel and Save, and room on the left of the footer for actions on
 * the record itself (lock, reset, delete). Save closes the dialog only when the save went through; otherwise the
 * user's input stays for correction.
 */
public class FormDialog extends Dialog {

    private final Div extraActions = new Div();
    private final Button save;

    public FormDialog(String title, FormLayout form, BooleanSupplier onSave) {
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        setWidth("min(640px, 95vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);

        save = new Button(getTranslation("action.save"), click -> {
            if (onSave.getAsBoolean()) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        extraActions.addClassName("dialog-extra-actions");
        getFooter().add(extraActions, cancel, save);
    }

    /**
     * The binder every form uses: Bean Validation on the entity gives the field messages, and every field the
     * entity requires, {@code @NotBlank} text included, shows the required mark before the user tries to save.
     */
    public static <T> BeanValidationBinder<T> binder(Class<T> type) {
        var binder = new BeanValidationBinder<>(type);
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT
                .chain((annotation, binding) -> annotation.annotationType().equals(NotBlank.class)));
        return binder;
    }

    public void addExtraActions(Component... actions) {
        extraActions.add(actions);
    }

    public Button saveButton() {
        return save;
    }
}
