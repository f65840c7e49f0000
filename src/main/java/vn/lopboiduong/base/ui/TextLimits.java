package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import org.jspecify.annotations.Nullable;

/**
 * Text fields know the length their column allows: typing stops at the limit, and near it (from 80 %) the helper
 * text counts the characters, so nobody learns the limit from an error after typing a long name.
 */
public final class TextLimits {

    /** From this share of the limit on, the field shows its counter. */
    private static final double COUNTER_FROM = 0.8;

    private TextLimits() {
    }

    /** Every text field the binder holds for a {@code @Size(max)} property of {@code type} gets its limit. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void applyTo(Binder<?> binder, Class<?> type) {
        for (Class<?> current = type; current != null && current != Object.class;
                current = current.getSuperclass()) {
            for (Field property : current.getDeclaredFields()) {
                Size size = property.getAnnotation(Size.class);
                if (size == null || size.max() == Integer.MAX_VALUE) {
                    continue;
                }
                binder.getBinding(property.getName()).map(Binder.Binding::getField)
                        .filter(TextFieldBase.class::isInstance)
                        .ifPresent(field -> limit((TextFieldBase) field, size.max()));
            }
        }
    }

    /** Limits one text field to {@code max} characters and shows the counter near the limit. */
    public static <C extends TextFieldBase<C, String>> void limit(C field, int max) {
        // The field checks its limit itself, before the binder; its message names the field.
        String tooLong = field.getTranslation("form.length-max", field.getLabel(), max);
        if (field instanceof TextField text) {
            text.setMaxLength(max);
            text.setI18n((text.getI18n() == null ? new TextField.TextFieldI18n() : text.getI18n())
                    .setMaxLengthErrorMessage(tooLong));
        } else if (field instanceof TextArea area) {
            area.setMaxLength(max);
            area.setI18n((area.getI18n() == null ? new TextArea.TextAreaI18n() : area.getI18n())
                    .setMaxLengthErrorMessage(tooLong));
        } else if (field instanceof EmailField email) {
            email.setMaxLength(max);
            email.setI18n((email.getI18n() == null ? new EmailField.EmailFieldI18n() : email.getI18n())
                    .setMaxLengthErrorMessage(tooLong));
        }
        String ownHelp = field.getHelperText();
        if (field.getValueChangeMode() == ValueChangeMode.ON_CHANGE) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        showCount(field, field.getValue(), max, ownHelp);
        field.addValueChangeListener(change -> showCount(field, change.getValue(), max, ownHelp));
    }

    private static void showCount(TextFieldBase<?, String> field, @Nullable String value, int max,
            @Nullable String ownHelp) {
        int length = value == null ? 0 : value.length();
        field.setHelperText(length >= max * COUNTER_FROM
                ? field.getTranslation("form.length-counter", length, max) : ownHelp);
    }
}
