package vn.lopboiduong;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.unit.UnitService;

/**
 * Finds the demo records tests read and makes the throw-away records they change, through the services (so with
 * the signed-in test user's rights). The test database is shared, so new records get unique codes.
 *
 * <p><b>Dates are shared too: a test that counts rows in a date range owns that range.</b> Queries over every
 * class (the week timetable, the next/previous week with sessions, lecturer and room conflicts) see what every
 * other test wrote, in any order. So a test that writes dated rows (sessions above all) writes them only in its
 * own range below, and a test that counts or lists rows in a range reads only the demo's dates or its own range.
 * Add a row here before taking a new range.
 * <ul>
 * <li>2023-03 to 2026-12: the demo data (the seeds' classes); tests read these dates and write no sessions in
 * them. {@code TimetableWeekIntegrationTest} relies on no session between 2023-04-08 and 2025-11-12 and none
 * before 2023-03-27.</li>
 * <li>2027-01 to 2027-05: {@code TimetableServiceIntegrationTest} (one month per conflict case).</li>
 * <li>2027-06: {@code TimetableExportIntegrationTest}.</li>
 * <li>2028-01: {@code TimetableWeekIntegrationTest}.</li>
 * <li>2029-02: {@code ClassBoardServiceIntegrationTest}.</li>
 * <li>2029-10: {@code ClassTimetableTabTest}'s lost save race.</li>
 * <li>2031: {@code ServiceAccessIntegrationTest} (and the browser journeys' throw-away classes, 2031-06).</li>
 * <li>2032: {@code TrainingClassServiceIntegrationTest}'s long classes.</li>
 * <li>2033, and May 2019 (a class that has started, for the default plan deadline):
 * {@code TopicPlanServiceIntegrationTest}; its classes have no sessions.</li>
 * <li>2034, the whole year: {@code WorkloadServiceIntegrationTest} (workload is counted by year).</li>
 * <li>2035: {@code EnrollmentServiceIntegrationTest} (overlapping class dates); its classes have no sessions.</li>
 * </ul>
 * Classes without sessions dated in 2026 (status, form and programme tests) count nothing by date.
 */
@Component
public class TestData {

    private final TrainingClassService classes;
    private final LecturerService lecturers;
    private final UnitService units;

    TestData(TrainingClassService classes, LecturerService lecturers, UnitService units) {
        this.classes = classes;
        this.lecturers = lecturers;
        this.units = units;
    }

    /** The id of the class with that code (a demo class such as PBT-HN-2023-01). */
    public long classId(String code) {
        return classes.list(new TrainingClassService.Filter(code, null, null, null, null), PageRequest.of(0, 1))
                .getFirst().id();
    }

    /** The code of a class, for a test that looks it up as a user would, by typing it. */
    public String classCode(long id) {
        return classes.get(id).orElseThrow().getCode();
    }

    /** The id of the first lecturer whose name matches (diacritics ignored). */
    public long lecturerId(String name) {
        return lecturers.list(new LecturerService.Filter(name, null), PageRequest.of(0, 1)).getFirst().id();
    }

    /** A new draft class of the provincial political school over those dates, with a code starting with prefix. */
    public long newClass(String prefix, LocalDate start, LocalDate end, @Nullable String venue) {
        var c = new TrainingClass(prefix + "-" + UUID.randomUUID().toString().substring(0, 8), "Lớp thử " + prefix,
                start.getYear());
        c.setStartDate(start);
        c.setEndDate(end);
        c.setVenue(venue);
        return classes.create(c, new TrainingClassService.Links(null,
                units.findByCode("TCT-PT").orElseThrow().requireId(), Set.of())).requireId();
    }
}
