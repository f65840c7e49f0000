package vn.lopboiduong.klass.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.TestData;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.programme.ClassTopic;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.program.TopicKind;

/**
 * A session's lecturer is its own, else its topic's: timetables show it, conflicts check it, /my lists it, and a
 * later change of the topic's lecturer carries to the sessions that follow it. This test owns May 2029.
 */
@SpringBootTest
@WithMockUser(username = "organizer", roles = "ORGANIZER")
class EffectiveLecturerIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    TrainingClassService classes;

    @Autowired
    ClassTopicService topics;

    @Autowired
    TimetableService timetable;

    @Test
    void aSessionFollowsItsTopicsLecturerInEveryTimetable() {
        LocalDate day = LocalDate.of(2029, 5, 7);
        long classId = data.newClass("EF", day, day, null);
        ClassTopic topic = topics.addTopic(classId, new ClassTopic("Chuyên đề theo sau", null, TopicKind.LECTURE,
                4), null);
        long sessionId = timetable.add(classId, new ClassSession(day, DayPart.MORNING), topic.requireId(), null)
                .requireId();
        assertThat(timetable.sessions(classId).getFirst().lecturerName()).isNull();

        // The topic gets its lecturer after the timetable was drafted: the session follows.
        long tuan = data.lecturerId("hoang minh tuan");
        topics.updateTopic(topics.getTopic(topic.requireId()), tuan);
        SessionRow row = timetable.sessions(classId).getFirst();
        assertThat(row.lecturerId()).isEqualTo(tuan);
        assertThat(row.lecturerFromTopic()).isTrue();
        assertThat(timetable.week(day, new WeekFilter(tuan, null, null))).extracting(SessionRow::id)
                .contains(sessionId);
        assertThat(timetable.nextSessionDate(day, new WeekFilter(tuan, null, classId))).contains(day);

        // The lecturer's own page lists it.
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("lecturer", null,
                        "ROLE_LECTURER"));
        assertThat(timetable.myUpcoming(PageRequest.of(0, 500))).extracting(SessionRow::id).contains(sessionId);
    }

    @Test
    void aTopicLecturerWhoWouldBeDoubleBookedIsRefusedNamingTheClash() {
        LocalDate day = LocalDate.of(2029, 5, 8);
        long nhung = data.lecturerId("le thi hong nhung");
        long busy = data.newClass("EB", day, day, null);
        long sessionOfBusy = timetable.add(busy, new ClassSession(day, DayPart.MORNING), null, nhung).requireId();
        String busyClass = describe(busy);

        long classId = data.newClass("EC", day, day, null);
        ClassTopic topic = topics.addTopic(classId, new ClassTopic("Chuyên đề chưa có giảng viên", null,
                TopicKind.LECTURE, 4), null);
        timetable.add(classId, new ClassSession(day, DayPart.MORNING), topic.requireId(), null);

        assertThatThrownBy(() -> topics.updateTopic(topics.getTopic(topic.requireId()), nhung))
                .isInstanceOf(BusinessException.class).satisfies(e -> {
                    var refusal = (BusinessException) e;
                    assertThat(refusal.getMessageKey()).isEqualTo("timetable.error.lecturer-busy.no-topic");
                    assertThat(refusal.getArguments()).containsExactly("TS. Lê Thị Hồng Nhung", busyClass,
                            "08/05/2029 07:30–11:15");
                });
        assertThat(topics.topics(classId).getFirst().lecturerId()).isNull();
        assertThat(timetable.sessions(busy)).extracting(SessionRow::id).containsExactly(sessionOfBusy);
    }

    @Test
    void aClashWithALecturerFromTheTopicReadsAsALecturerClash() {
        LocalDate day = LocalDate.of(2029, 5, 9);
        long nhung = data.lecturerId("le thi hong nhung");
        long first = data.newClass("ED", day, day, "Phòng riêng 1");
        ClassTopic topic = topics.addTopic(first, new ClassTopic("Công tác dân vận", null, TopicKind.LECTURE, 4),
                nhung);
        var followed = new ClassSession(day, DayPart.AFTERNOON);
        followed.setRoom("Phòng riêng 1");
        timetable.add(first, followed, topic.requireId(), null);
        String firstClass = describe(first);

        long second = data.newClass("EE", day, day, "Phòng riêng 2");
        var clash = new ClassSession(day, DayPart.AFTERNOON);
        clash.setRoom("Phòng riêng 2");
        clash.setStartTime(LocalTime.of(14, 0));
        assertThatThrownBy(() -> timetable.add(second, clash, null, nhung)).isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    var refusal = (BusinessException) e;
                    assertThat(refusal.getMessageKey()).isEqualTo("timetable.error.lecturer-busy");
                    assertThat(refusal.getArguments()).containsExactly("TS. Lê Thị Hồng Nhung", firstClass,
                            "Công tác dân vận", "09/05/2029 13:30–17:15");
                });
    }

    @Test
    void aRoomClashNamesTheRoomAndNeverNull() {
        LocalDate day = LocalDate.of(2029, 5, 10);
        long first = data.newClass("EF", day, day, "Hội trường E");
        var taken = new ClassSession(day, DayPart.MORNING);
        taken.setRoom("Hội trường E");
        timetable.add(first, taken, null, null);
        String firstClass = describe(first);
        long second = data.newClass("EG", day, day, null);
        var clash = new ClassSession(day, DayPart.MORNING);
        clash.setRoom("hoi truong e");
        assertThatThrownBy(() -> timetable.add(second, clash, null, null)).isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    var refusal = (BusinessException) e;
                    assertThat(refusal.getMessageKey()).isEqualTo("timetable.error.room-busy.no-topic");
                    assertThat(refusal.getArguments()).containsExactly("hoi truong e", firstClass,
                            "10/05/2029 07:30–11:15").doesNotContainNull();
                });
    }

    private String describe(long classId) {
        TrainingClass c = classes.get(classId).orElseThrow();
        return c.getCode() + " – " + c.getName();
    }
}
