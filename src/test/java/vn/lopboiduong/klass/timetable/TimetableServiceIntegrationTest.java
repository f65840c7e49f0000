package vn.lopboiduong.klass.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lopboiduong.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.security.SystemAuthentication;
import vn.lopboiduong.unit.UnitService;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.klass.programme.ClassTopic;

@SpringBootTest
@WithMockUser(username = "organizer", roles = "ORGANIZER")
class TimetableServiceIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    TimetableService timetable;

    @Autowired
    TrainingClassService classes;

    @Autowired
    ClassTopicService programme;

    @Autowired
    UnitService units;

    @Test
    void theDemoClassesHaveTheirTimetables() {
        List<SessionRow> vietTri = timetable.sessions(data.classId("NVCTD-VT-2025-I"));
        assertThat(vietTri.getFirst().date()).isEqualTo(LocalDate.of(2025, 11, 12));
        assertThat(vietTri.getLast().date()).isEqualTo(LocalDate.of(2025, 11, 14));
        assertThat(vietTri).extracting(SessionRow::topicTitle).contains("Nghiên cứu thực tế tại cơ sở");
        // Opening (1 period) and the first topic (4 periods) share the first morning.
        assertThat(vietTri.get(0).startTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(vietTri.get(1).startTime()).isEqualTo(LocalTime.of(8, 15));
        assertThat(timetable.sessions(data.classId("PBT-HN-2023-01"))).hasSize(22);
    }

    @Test
    void aDraftIsLaidOverTheDatesAndRefusedWhenTheProgrammeDoesNotFit() {
        long classId = data.newClass("T", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 4), "Phòng thử A");
        programme.addTopic(classId, new ClassTopic("Chuyên đề dài", null, TopicKind.LECTURE, 12), null);
        assertThatThrownBy(() -> timetable.generateDraft(classId)).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("timetable.error.does-not-fit");
        assertThat(timetable.sessions(classId)).isEmpty();

        var trainingClass = classes.get(classId).orElseThrow();
        trainingClass.setEndDate(LocalDate.of(2027, 1, 5));
        classes.update(trainingClass, new TrainingClassService.Links(null,
                units.findByCode("TCT-PT").orElseThrow().requireId(), Set.of()));
        assertThat(timetable.generateDraft(classId)).isEqualTo(3);
        assertThat(timetable.sessions(classId)).extracting(SessionRow::dayPart)
                .containsExactly(DayPart.MORNING, DayPart.AFTERNOON, DayPart.MORNING);
        assertThatThrownBy(() -> timetable.generateDraft(classId)).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("timetable.error.exists");
    }

    @Test
    void aLecturerCannotTeachTwoOverlappingSessionsAndTheMessageNamesTheOther() {
        long nhung = data.lecturerId("le thi hong nhung");
        long first = data.newClass("T", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 1), "Phòng thử B");
        long second = data.newClass("T", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 1), "Phòng thử C");
        timetable.add(first, new ClassSession(LocalDate.of(2027, 2, 1), DayPart.MORNING), null, nhung);
        var firstClass = classes.get(first).orElseThrow();
        String firstCode = firstClass.getCode() + " – " + firstClass.getName();

        var clash = new ClassSession(LocalDate.of(2027, 2, 1), DayPart.MORNING);
        clash.setStartTime(LocalTime.of(9, 0));
        clash.setEndTime(LocalTime.of(10, 30));
        assertThatThrownBy(() -> timetable.add(second, clash, null, nhung)).isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    var refusal = (BusinessException) e;
                    assertThat(refusal.getMessageKey()).isEqualTo("timetable.error.lecturer-busy.no-topic");
                    assertThat(refusal.getArguments()).contains("TS. Lê Thị Hồng Nhung", firstCode);
                });
        assertThat(timetable.sessions(second)).isEmpty();

        var afternoon = new ClassSession(LocalDate.of(2027, 2, 1), DayPart.AFTERNOON);
        timetable.add(second, afternoon, null, nhung);
        assertThat(timetable.sessions(second)).hasSize(1);
    }

    @Test
    void aRoomCannotHoldTwoOverlappingSessionsWhateverItsSpelling() {
        long first = data.newClass("T", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1), "Hội trường Thử");
        long second = data.newClass("T", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1), "Khác");
        timetable.add(first, withRoom(new ClassSession(LocalDate.of(2027, 3, 1), DayPart.AFTERNOON),
                "Hội trường Thử"), null, null);
        assertThatThrownBy(() -> timetable.add(second, withRoom(new ClassSession(LocalDate.of(2027, 3, 1),
                DayPart.AFTERNOON), "hoi truong thu"), null, null)).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("timetable.error.room-busy.no-topic");
    }

    @Test
    void aStaleSessionEditIsRefused() {
        long classId = data.newClass("T", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 1), "Phòng thử D");
        long id = timetable.add(classId, new ClassSession(LocalDate.of(2027, 4, 1), DayPart.MORNING), null, null)
                .requireId();
        ClassSession first = timetable.get(id);
        ClassSession second = timetable.get(id);
        first.setRoom("Phòng 101");
        timetable.update(first, null, null);
        second.setRoom("Phòng 102");
        assertThatThrownBy(() -> timetable.update(second, null, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(timetable.sessions(classId)).extracting(SessionRow::room).containsExactly("Phòng 101");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void leadersReadTimetablesButCannotChangeThem() {
        long classId = data.classId("NVCTD-VT-2026-II");
        assertThat(timetable.sessions(classId)).isNotEmpty();
        assertThatThrownBy(() -> timetable.generateDraft(classId)).isInstanceOf(AccessDeniedException.class);
        long sessionId = timetable.sessions(classId).getFirst().id();
        assertThatThrownBy(() -> timetable.delete(sessionId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerReadsTheTimetableOnlyOfClassesTheyTeach() {
        assertThat(timetable.sessions(data.classId("NVCTD-VT-2026-II"))).isNotEmpty();
        long other = SystemAuthentication.callAsSystem(() -> data.newClass("T", LocalDate.of(2027, 5, 3),
                LocalDate.of(2027, 5, 3), "Phòng thử E"));
        assertThatThrownBy(() -> timetable.sessions(other)).isInstanceOf(AccessDeniedException.class);
    }

    private static ClassSession withRoom(ClassSession session, String room) {
        session.setRoom(room);
        return session;
    }
}
