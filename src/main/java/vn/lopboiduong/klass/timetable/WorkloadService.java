package vn.lopboiduong.klass.timetable;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lopboiduong.base.i18n.TranslationProvider;
import vn.lopboiduong.klass.timetable.TimetableExport.ExportedFile;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.Roles;

/**
 * Lecturers' workload, summed by the database from the timetable: for the committee every lecturer's year, for a
 * lecturer their own figures.
 *
 * <p><b>A session's periods come from its length</b>: one period (tiết) is the timetable's 45 minutes, so
 * 07:30–11:15 counts 5. That is what was taught, even where a session was moved, shortened or split, which a
 * share of the topic's planned periods would not show. Minutes are summed and each total is rounded to whole
 * periods once, so a row's kinds may differ from its total by a period when sessions have odd lengths.
 */
@Service
public class WorkloadService {

    /** The sessions of every lecturer, each with its effective lecturer {@code l}: its own, else its topic's. */
    private static final String SESSIONS = """
            from ClassSession s
              left join s.lecturer sl left join s.topic t left join t.lecturer tl
              join Lecturer l on l.id = coalesce(sl.id, tl.id)
            where s.date between :from and :to
            """;

    /** A session's length in minutes, in functions H2 and MySQL/MariaDB both know. */
    private static final String MINUTES = "(extract(hour from s.endTime) * 60 + extract(minute from s.endTime)"
            + " - extract(hour from s.startTime) * 60 - extract(minute from s.startTime))";

    /** What the grid sorts by, each an expression of the grouped query. */
    private static final Map<String, String> SORTABLE = sortable();

    private final EntityManager entityManager;
    private final TranslationProvider translations;
    private final Clock clock;

    WorkloadService(EntityManager entityManager, TranslationProvider translations, Clock clock) {
        this.entityManager = entityManager;
        this.translations = translations;
        this.clock = clock;
    }

    /** Whole periods in that many minutes, rounded half up. */
    static long periods(long minutes) {
        return (minutes + TimetableService.PERIOD.toMinutes() / 2) / TimetableService.PERIOD.toMinutes();
    }

    private static String minutesOf(TopicKind kind) {
        return "sum(case when t.kind = " + TopicKind.class.getName() + "." + kind.name() + " then " + MINUTES
                + " else 0 end)";
    }

    private static Map<String, String> sortable() {
        Map<String, String> sortable = new LinkedHashMap<>();
        sortable.put("lecturerName", "l.fullName");
        sortable.put("sessions", "count(s)");
        sortable.put("classes", "count(distinct s.trainingClass.id)");
        sortable.put("periods", "sum(" + MINUTES + ")");
        for (TopicKind kind : TopicKind.values()) {
            sortable.put(kind.name(), minutesOf(kind));
        }
        return sortable;
    }

    /**
     * One page of the year's lecturers who taught, with their figures, in the page's order (by name when it has
     * none). Sort properties: {@code lecturerName}, {@code sessions}, {@code classes}, {@code periods} and each
     * {@link TopicKind}'s name.
     */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public List<LecturerWorkload> page(int year, Pageable pageable) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : pageable.getSortOr(Sort.by("lecturerName"))) {
            String expression = SORTABLE.get(order.getProperty());
            if (expression == null) {
                throw new IllegalArgumentException("Workload cannot be sorted by " + order.getProperty());
            }
            orders.add(expression + (order.isAscending() ? " asc" : " desc"));
        }
        orders.add("l.id");
        var query = entityManager.createQuery("select new " + LecturerWorkload.class.getName()
                + "(l.id, l.fullName, " + SORTABLE.get("sessions") + ", " + SORTABLE.get("classes") + ", "
                + SORTABLE.get("periods") + ", "
                + String.join(", ", Arrays.stream(TopicKind.values()).map(WorkloadService::minutesOf).toList())
                + ") " + SESSIONS + "group by l.id, l.fullName order by " + String.join(", ", orders),
                LecturerWorkload.class);
        withYear(query, year);
        if (pageable.isPaged()) {
            query.setFirstResult(Math.toIntExact(pageable.getOffset())).setMaxResults(pageable.getPageSize());
        }
        return query.getResultList();
    }

    /** How many lecturers taught in the year. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public long count(int year) {
        var query = entityManager.createQuery("select count(distinct l.id) " + SESSIONS, Long.class);
        return withYear(query, year).getSingleResult();
    }

    /** The years to choose from, newest first: from the first year with sessions to this year or the last. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public List<Integer> years() {
        int thisYear = LocalDate.now(clock).getYear();
        Object[] range = entityManager.createQuery("select min(s.date), max(s.date) from ClassSession s",
                Object[].class).getSingleResult();
        int first = range[0] instanceof LocalDate date ? Math.min(date.getYear(), thisYear) : thisYear;
        int last = range[1] instanceof LocalDate date ? Math.max(date.getYear(), thisYear) : thisYear;
        List<Integer> years = new ArrayList<>();
        for (int year = last; year >= first; year--) {
            years.add(year);
        }
        return years;
    }

    /** The year's workload by lecturer and class, by lecturer's name then class code. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public List<ClassWorkload> byClass(int year) {
        var query = entityManager.createQuery("select new " + ClassWorkload.class.getName()
                + "(l.id, l.fullName, s.trainingClass.code, s.trainingClass.name, count(s), sum(" + MINUTES + ")) "
                + SESSIONS + "group by l.id, l.fullName, s.trainingClass.code, s.trainingClass.name"
                + " order by l.fullName, l.id, s.trainingClass.code", ClassWorkload.class);
        return withYear(query, year).getResultList();
    }

    /** The year's workload as an Excel workbook: one sheet by lecturer, one by lecturer and class. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public ExportedFile xlsx(int year, Locale locale) {
        List<LecturerWorkload> lecturers = page(year, Pageable.unpaged(Sort.by("lecturerName")));
        byte[] content = WorkloadWorkbook.write(String.valueOf(year), lecturers, byClass(year),
                (key, args) -> translations.getTranslation(key, TranslationProvider.supported(locale), args));
        return new ExportedFile("khoi-luong-giang-day-" + year + ".xlsx", TimetableExport.XLSX_TYPE, content);
    }

    /** The signed-in lecturer's sessions this month and periods this year, as their effective lecturer. */
    @PreAuthorize("hasRole('" + Roles.LECTURER + "')")
    @Transactional(readOnly = true)
    public MyWorkload mine() {
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today);
        String own = "and l.user.username = :username";
        var sessions = entityManager.createQuery("select count(s) " + SESSIONS + own, Long.class)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth())
                .setParameter("username", CurrentUser.requireUsername());
        var minutes = entityManager.createQuery("select coalesce(sum(" + MINUTES + "), 0) " + SESSIONS + own,
                Long.class).setParameter("username", CurrentUser.requireUsername());
        withYear(minutes, today.getYear());
        return new MyWorkload(today.getYear(), sessions.getSingleResult(), periods(minutes.getSingleResult()));
    }

    private static <T> TypedQuery<T> withYear(TypedQuery<T> query, int year) {
        return query.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31));
    }
}
