package vn.lopboiduong.base.i18n;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Dates are shown as dd/MM/yyyy in both languages, as Vietnamese offices write them. */
public final class DateFormats {

    public static final String DATE_PATTERN = "dd/MM/yyyy";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private DateFormats() {
    }

    public static String format(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String format(@Nullable LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }
}
