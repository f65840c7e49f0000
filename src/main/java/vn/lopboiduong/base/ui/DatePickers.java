package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.i18n.TranslationProvider;

/** Date fields that read and write dd/MM/yyyy, with month and day names in the user's language. */
public final class DatePickers {

    private static final List<DayOfWeek> SUNDAY_FIRST = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private DatePickers() {
    }

    public static DatePicker create(String label) {
        var picker = new DatePicker(label);
        UI ui = UI.getCurrent();
        Locale locale = TranslationProvider.supported(ui.getLocale());
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat(DateFormats.DATE_PATTERN);
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        i18n.setWeekdays(SUNDAY_FIRST.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(SUNDAY_FIRST.stream().map(day -> day.getDisplayName(TextStyle.SHORT, locale))
                .toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(ui.getTranslation("date.today"));
        i18n.setCancel(ui.getTranslation("action.cancel"));
        picker.setI18n(i18n);
        picker.setLocale(locale);
        return picker;
    }
}
