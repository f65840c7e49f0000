package vn.lopboiduong.klass.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.TestData;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.unit.UnitService;

/** Shortening a class's dates never leaves sessions outside them. This test owns October 2029. */
@SpringBootTest
@WithMockUser(username = "organizer", roles = "ORGANIZER")
class ClassDatesIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    TrainingClassService classes;

    @Autowired
    TimetableService timetable;

    @Autowired
    UnitService units;

    @Test
    void shorteningTheDatesIsRefusedWhileSessionsFallOutside() {
        long classId = data.newClass("DT", LocalDate.of(2029, 10, 1), LocalDate.of(2029, 10, 5), null);
        timetable.add(classId, new ClassSession(LocalDate.of(2029, 10, 1), DayPart.MORNING), null, null);
        long late = timetable.add(classId, new ClassSession(LocalDate.of(2029, 10, 4), DayPart.MORNING), null,
                null).requireId();
        timetable.add(classId, new ClassSession(LocalDate.of(2029, 10, 5), DayPart.AFTERNOON), null, null);

        TrainingClass shorter = classes.get(classId).orElseThrow();
        shorter.setEndDate(LocalDate.of(2029, 10, 3));
        assertThatThrownBy(() -> classes.update(shorter, links())).isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    var refusal = (BusinessException) e;
                    assertThat(refusal.getMessageKey()).isEqualTo("class.error.sessions-outside");
                    assertThat(refusal.getArguments()).containsExactly(2, "04/10/2029, 05/10/2029");
                });
        assertThat(classes.get(classId).orElseThrow().getEndDate()).isEqualTo(LocalDate.of(2029, 10, 5));

        timetable.delete(late);
        timetable.delete(timetable.sessions(classId).getLast().id());
        TrainingClass fresh = classes.get(classId).orElseThrow();
        fresh.setEndDate(LocalDate.of(2029, 10, 3));
        classes.update(fresh, links());
        assertThat(classes.get(classId).orElseThrow().getEndDate()).isEqualTo(LocalDate.of(2029, 10, 3));
    }

    private TrainingClassService.Links links() {
        return new TrainingClassService.Links(null, units.findByCode("TCT-PT").orElseThrow().requireId(), Set.of());
    }
}
