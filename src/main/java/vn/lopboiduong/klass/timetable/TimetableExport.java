package vn.lopboiduong.klass.timetable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.i18n.TranslationProvider;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;

/**
 * A class's timetable as a file to print or pass on: a PDF laid out like a school's printed schedule, and an Excel
 * workbook to rework. Every label is in the reader's language. Whoever may read the timetable may export it: the
 * sessions are read through {@link TimetableService#sessions}, which keeps a lecturer to the classes they teach.
 */
@Service
@Transactional(readOnly = true)
public class TimetableExport {

    public static final String PDF_TYPE = "application/pdf";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A finished file: the name to save it under, its media type and its content. */
    public record ExportedFile(String fileName, String contentType, byte[] content) {
    }

    private final TimetableService timetable;
    private final TrainingClassService classes;
    private final TranslationProvider translations;
    private final Clock clock;

    TimetableExport(TimetableService timetable, TrainingClassService classes, TranslationProvider translations,
            Clock clock) {
        this.timetable = timetable;
        this.classes = classes;
        this.translations = translations;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_ANY_ROLE)
    public ExportedFile pdf(long classId, Locale locale) {
        Sheet sheet = sheet(classId, locale);
        return new ExportedFile(fileName(sheet.code(), "pdf"), PDF_TYPE, TimetablePdf.write(sheet));
    }

    @PreAuthorize(Roles.IS_ANY_ROLE)
    public ExportedFile xlsx(long classId, Locale locale) {
        Sheet sheet = sheet(classId, locale);
        return new ExportedFile(fileName(sheet.code(), "xlsx"), XLSX_TYPE, TimetableWorkbook.write(sheet));
    }

    /** {@code lich-hoc-PBT-HN-2023-01.pdf}: ASCII only, whatever the class code holds. */
    static String fileName(String classCode, String extension) {
        String safe = classCode.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+|[.-]+$", "");
        return "lich-hoc-" + (safe.isEmpty() ? "lop" : safe) + "." + extension;
    }

    private Sheet sheet(long classId, Locale locale) {
        // Read the sessions first: for a lecturer who does not teach the class this refuses access, where the
        // class lookup would only say "not found".
        List<SessionRow> sessions = new ArrayList<>(timetable.sessions(classId));
        TrainingClass trainingClass = classes.get(classId)
                .orElseThrow(() -> new BusinessException("error.not-found"));
        var labels = new Labels(translations, TranslationProvider.supported(locale));
        sessions.sort(Comparator.comparing(SessionRow::date).thenComparing(SessionRow::startTime)
                .thenComparing(SessionRow::endTime));
        Map<LocalDate, List<Line>> byDay = new LinkedHashMap<>();
        for (SessionRow session : sessions) {
            byDay.computeIfAbsent(session.date(), day -> new ArrayList<>()).add(new Line(
                    labels.getTranslation(session.dayPart().translationKey()),
                    TIME.format(session.startTime()) + "–" + TIME.format(session.endTime()),
                    orEmpty(session.topicTitle()), orEmpty(session.lecturerName()), orEmpty(session.room())));
        }
        List<Day> days = byDay.entrySet().stream()
                .map(entry -> new Day(labels.getTranslation("weekday." + entry.getKey().getDayOfWeek().name())
                        + ", " + DateFormats.format(entry.getKey()), entry.getValue()))
                .toList();

        List<String> details = new ArrayList<>();
        details.add(field(labels.getTranslation("classes.code"), trainingClass.getCode())
                + joined(field(labels.getTranslation("classes.cohort"), trainingClass.getCohort())));
        @Nullable String dates = trainingClass.getStartDate() == null ? null
                : DateFormats.format(trainingClass.getStartDate()) + " – " + DateFormats.format(trainingClass.getEndDate());
        String when = field(labels.getTranslation("classes.dates"), dates);
        String where = field(labels.getTranslation("classes.venue"), trainingClass.getVenue());
        if (!when.isEmpty() || !where.isEmpty()) {
            details.add(when.isEmpty() ? where : when + joined(where));
        }
        List<String> headers = List.of(labels.getTranslation("timetable.date"),
                labels.getTranslation("timetable.day-part"), labels.getTranslation("timetable.time"),
                labels.getTranslation("topics.title"), labels.getTranslation("topics.lecturer"),
                labels.getTranslation("timetable.room"));
        return new Sheet(trainingClass.getCode(), labels.getTranslation("timetable.export.title"),
                trainingClass.getName(), details, headers, days, labels.getTranslation("classes.tab.timetable"),
                labels.getTranslation("timetable.export.empty"),
                labels.getTranslation("timetable.export.printed", DateFormats.format(LocalDateTime.now(clock))),
                sessions.size());
    }

    private static String field(String label, @Nullable String value) {
        return value == null || value.isBlank() ? "" : label + ": " + value;
    }

    private static String joined(String part) {
        return part.isEmpty() ? "" : "   ·   " + part;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** The bundles' texts in one language; named like the views' method so the bundle test checks its keys. */
    private record Labels(TranslationProvider provider, Locale locale) {

        String getTranslation(String key, Object... params) {
            return provider.getTranslation(key, locale, params);
        }
    }

    /** What both files show, already in the reader's language: the heading, then the sessions day by day. */
    record Sheet(String code, String title, String className, List<String> details, List<String> headers,
            List<Day> days, String sheetName, String empty, String printed, int sessionCount) {
    }

    /** One teaching day ("Thứ Hai, 27/03/2023") and its sessions in order. */
    record Day(String label, List<Line> sessions) {
    }

    /** One session's cells after the date: part of day, hours, topic, lecturer, room. */
    record Line(String dayPart, String time, String topic, String lecturer, String room) {
    }
}
