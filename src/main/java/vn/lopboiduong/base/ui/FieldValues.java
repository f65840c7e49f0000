package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.i18n.DateFormats;

/** A field's value written as the field itself shows it (a chosen item's label, a date as dd/MM/yyyy). */
final class FieldValues {

    private FieldValues() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static String describe(HasValue<?, ?> field, @Nullable Object value) {
        if (value == null || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> items && items.isEmpty()) {
            return ((Component) field).getTranslation("form.empty-value");
        }
        if (field instanceof MultiSelectComboBox combo) {
            return ((Collection<Object>) value).stream().map(item -> combo.getItemLabelGenerator().apply(item))
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (field instanceof CheckboxGroup group) {
            return ((Collection<Object>) value).stream().map(item -> group.getItemLabelGenerator().apply(item))
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (field instanceof ComboBox combo) {
            return String.valueOf(combo.getItemLabelGenerator().apply(value));
        }
        if (field instanceof Select select) {
            return String.valueOf(select.getItemLabelGenerator().apply(value));
        }
        if (value instanceof LocalDate date) {
            return DateFormats.format(date);
        }
        return String.valueOf(value);
    }
}
