package vn.lopboiduong.klass.timetable;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.klass.ClassDatesCheck;
import vn.lopboiduong.security.Roles;

/**
 * Shortening a class's dates must not leave sessions outside them unseen: the change is refused with how many
 * sessions fall outside and on which dates, so the committee moves or removes them first.
 */
@Service
@Transactional(readOnly = true)
class TimetableDatesCheck implements ClassDatesCheck {

    /** The message lists this many dates at most; the count says how many sessions there are in all. */
    private static final int DATES_SHOWN = 10;

    private final ClassSessionRepository sessions;

    TimetableDatesCheck(ClassSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    @PreAuthorize(Roles.IS_COMMITTEE)
    public void check(long classId, @Nullable LocalDate start, @Nullable LocalDate end) {
        List<LocalDate> outside = sessions.datesOutside(classId, start, end);
        if (outside.isEmpty()) {
            return;
        }
        List<LocalDate> days = outside.stream().distinct().toList();
        String shown = days.stream().limit(DATES_SHOWN).map(DateFormats::format).collect(Collectors.joining(", "))
                + (days.size() > DATES_SHOWN ? ", …" : "");
        throw new BusinessException("class.error.sessions-outside", outside.size(), shown);
    }
}
