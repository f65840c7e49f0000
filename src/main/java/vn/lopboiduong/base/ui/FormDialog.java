package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.lopboiduong.base.domain.AbstractEntity;

/**
 * The one form pattern: a dialog with a form, Cancel and Save, and room on the left of the footer for actions on
 * the record itself (lock, reset, delete).
 * <p>
 * A record is edited through {@link #FormDialog(String, FormLayout, BeanValidationBinder, AbstractEntity,
 * Function)}: the binder only reads the record, and Save writes the fields into a fresh copy read from the service,
 * never into the object a view displays, so nothing the view shows changes before the save went through. The dialog
 * then owns what follows: a saved record closes it, tells the user and lets the view refresh; a record someone else
 * saved meanwhile closes it and reopens it with the stored values, re-applying what the user typed to the fields
 * nobody else changed and showing the user's value beside the fields someone else did.
 */
public class FormDialog<T extends AbstractEntity> extends Dialog {

    private final Div extraActions = new Div();
    private final FormLayout form;
    private final Button save;
    private final Button cancel;
    private final @Nullable BeanValidationBinder<T> binder;
    private final @Nullable T record;
    private @Nullable Function<T, T> saveCall;
    private Function<T, String> savedMessage = saved -> "";
    private Consumer<T> onChanged = changed -> { };
    private BooleanSupplier extraCheck = () -> true;
    private @Nullable Supplier<Optional<T>> reload;
    private @Nullable Function<T, FormDialog<T>> reopen;
    private @Nullable List<@Nullable Object> loadedValues;

    /**
     * A form that is not the edit of one stored record (a new password, for example): {@code onSave} does the work
     * and answers whether the dialog may close; otherwise the user's input stays for correction. A record's editor
     * uses the constructor with a binder and a save callback instead.
     */
    public FormDialog(String title, FormLayout form, BooleanSupplier onSave) {
        this(title, form, null, null);
        save.addClickListener(click -> {
            if (onSave.getAsBoolean()) {
                close();
            }
        });
    }

    /**
     * Edits {@code record} (new or stored): the binder shows it, and {@code save} (create or update through the
     * service, run by {@link ServiceCalls}) receives a copy holding the user's values and returns the stored result.
     * For a stored record, {@link #reloadWith} says how to read it again; a new one is written into directly, as
     * no view shows it yet.
     */
    public FormDialog(String title, FormLayout form, BeanValidationBinder<T> binder, T record,
            Function<T, T> save) {
        this(title, form, binder, record);
        this.saveCall = save;
        this.save.addClickListener(click -> saveRecord());
        binder.readBean(record);
    }

    private FormDialog(String title, FormLayout form, @Nullable BeanValidationBinder<T> binder, @Nullable T record) {
        this.form = form;
        this.binder = binder;
        this.record = record;
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        setWidth("min(640px, 95vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);
        save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel = new Button(getTranslation("action.cancel"), click -> close());
        extraActions.addClassName("dialog-extra-actions");
        getFooter().add(extraActions, cancel, save);
        if (binder != null && record != null) {
            TextLimits.applyTo(binder, record.getClass());
        }
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

    /**
     * After a save: the success message for the stored record, and what the view does with it (refresh, navigate).
     * {@code onChanged} also runs after a lost race, with the record as it is stored now.
     */
    public FormDialog<T> onSaved(Function<T, String> message, Consumer<T> onChanged) {
        this.savedMessage = message;
        this.onChanged = onChanged;
        return this;
    }

    /**
     * How a stored record is read again ({@code reload}, usually {@code service.get(id)}) and how a dialog is built
     * for it ({@code reopen}, usually the dialog's own factory): Save writes into a fresh reload, and a lost race
     * reopens the dialog with it.
     */
    public FormDialog<T> reloadWith(Supplier<Optional<T>> reload, Function<T, FormDialog<T>> reopen) {
        this.reload = reload;
        this.reopen = reopen;
        return this;
    }

    /** A check of fields the binder does not hold (a required picker); false keeps the dialog open. */
    public FormDialog<T> alsoCheck(BooleanSupplier check) {
        this.extraCheck = check;
        return this;
    }

    /**
     * For someone who may only look: every field read-only without required marks, no Save, and "Close" instead of
     * "Cancel". Actions added to the footer stay (a download, for example).
     */
    public FormDialog<T> readOnly() {
        if (binder != null) {
            binder.setReadOnly(true);
        }
        fields(form).forEach(field -> {
            field.setReadOnly(true);
            field.setRequiredIndicatorVisible(false);
        });
        save.setVisible(false);
        cancel.setText(getTranslation("action.close"));
        return this;
    }

    public void addExtraActions(Component... actions) {
        extraActions.add(actions);
    }

    public Button saveButton() {
        return save;
    }

    public Button cancelButton() {
        return cancel;
    }

    @Override
    public void setOpened(boolean opened) {
        if (opened && record != null && !record.isNew() && reload == null) {
            // Without a way to read the record again, Save would write into the object a view shows.
            throw new IllegalStateException("A stored record is edited with reloadWith(...)");
        }
        if (opened && loadedValues == null) {
            // What the form showed before the user typed: the base against which a lost race is merged.
            loadedValues = values();
        }
        super.setOpened(opened);
    }

    private void saveRecord() {
        if (binder == null || record == null || saveCall == null) {
            return;
        }
        boolean fieldsValid = binder.validate().isOk();
        if (!extraCheck.getAsBoolean() || !fieldsValid) {
            return;
        }
        List<@Nullable Object> typed = values();
        Runnable lostRace = () -> reopenAfterLostRace(typed);
        Optional<T> target = ServiceCalls.save(this::freshCopy, lostRace);
        if (target.isEmpty() || !binder.writeBeanIfValid(target.get())) {
            return;
        }
        ServiceCalls.save(() -> saveCall.apply(target.get()), lostRace).ifPresent(saved -> {
            close();
            Notifications.success(savedMessage.apply(saved));
            onChanged.accept(saved);
        });
    }

    /**
     * What Save writes the user's input into: the record read again, so that the object the dialog was given (and
     * perhaps a view shows) stays as it was; a new record is the dialog's own.
     */
    private T freshCopy() {
        if (record.isNew() || reload == null) {
            return record;
        }
        T fresh = reload.get().orElseThrow(() -> new ObjectOptimisticLockingFailureException(
                record.getClass(), record.requireId()));
        if (fresh.getVersion() != record.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(record.getClass(), record.requireId());
        }
        return fresh;
    }

    private void reopenAfterLostRace(List<@Nullable Object> typed) {
        close();
        if (reload == null || reopen == null) {
            Notifications.error(getTranslation("error.concurrent-edit"));
            return;
        }
        // Building the dialog again reads too (pickers, the class's topics): a refusal there is a message as well.
        ServiceCalls.find(reload).ifPresent(fresh -> ServiceCalls.call(() -> reopen.apply(fresh)).ifPresent(next -> {
            next.keepTyped(loadedValues, typed);
            next.open();
            Notifications.error(getTranslation("form.reloaded"));
            onChanged.accept(fresh);
        }));
    }

    /**
     * Puts the user's input from a dialog that lost the race into this fresh one: a field nobody else changed gets
     * the user's value, a field someone else changed keeps the stored value and shows the user's beside it.
     */
    private void keepTyped(@Nullable List<@Nullable Object> loaded, List<@Nullable Object> typed) {
        List<HasValue<?, ?>> fields = fields(form).toList();
        loadedValues = values();
        if (loaded == null || loaded.size() != fields.size() || typed.size() != fields.size()) {
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            Object before = loaded.get(i);
            Object mine = typed.get(i);
            Object theirs = loadedValues.get(i);
            if (Objects.equals(mine, before) || Objects.equals(mine, theirs)) {
                continue;
            }
            HasValue<?, ?> field = fields.get(i);
            if (Objects.equals(before, theirs)) {
                setValue(field, mine);
            } else if (field instanceof HasHelper helper) {
                helper.setHelperText(getTranslation("form.your-value", FieldValues.describe(field, mine)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void setValue(HasValue<?, ?> field, @Nullable Object value) {
        if (value == null) {
            field.clear();
        } else {
            ((HasValue<?, Object>) field).setValue(value);
        }
    }

    private List<@Nullable Object> values() {
        List<@Nullable Object> values = new ArrayList<>();
        fields(form).forEach(field -> values.add(field.getValue()));
        return values;
    }

    /** Every input of the form, in the order it was built, so two dialogs for the same record line up. */
    static Stream<HasValue<?, ?>> fields(Component root) {
        return root.getChildren().flatMap(child -> child instanceof HasValue<?, ?> field
                ? Stream.of(field) : fields(child));
    }
}
