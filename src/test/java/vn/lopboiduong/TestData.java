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
