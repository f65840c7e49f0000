package vn.lopboiduong.klass.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lopboiduong.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.security.SystemAuthentication;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.klass.programme.ClassTopic;

/**
 * The all-classes timetable of one week. The demo weeks are only read here; sessions this test adds go to weeks of
 * 2028 that no other test uses, since the test database is shared.
 */
@SpringBootTest
@WithMockUser(username = "organizer", roles = "ORGANIZER")
class TimetableWeekIntegrationTest {

    @Autowired
    TestData data;

    private static final LocalDate HANOI_WEEK = LocalDate.of(2023, 3, 27);
    private static final Comparator<SessionRow> BY_DATE_AND_TIME = Comparator.comparing(SessionRow::date)
            .thenComparing(SessionRow::startTime);

    @Autowired
    TimetableService timetable;

    @Autowired
    TrainingClassService classes;

    @Autowired
    ClassTopicService programme;

    /** A topic of the class taught by that lecturer, so that the class counts as theirs. */
    private long topicTaughtBy(long classId, long lecturerId) {
        return programme.addTopic(classId, new ClassTopic("Chuyên đề thử lịch tuần", null, TopicKind.LECTURE, 5),
                lecturerId).requireId();
    }

    private long session(long classId, LocalDate date, DayPart part, String room, Long topicId) {
        var session = new ClassSession(date, part);
        session.setRoom(room);
        return timetable.add(classId, session, topicId, null).requireId();
    }

    @Test
    void theHanoiWeekHoldsTheHanoiClassSessionsByDateAndTime() {
        long hanoi = data.classId("PBT-HN-2023-01");
        List<SessionRow> week = timetable.week(HANOI_WEEK, WeekFilter.none());

        List<SessionRow> hanoiThatWeek = timetable.sessions(hanoi).stream()
                .filter(row -> !row.date().isBefore(HANOI_WEEK) && !row.date().isAfter(HANOI_WEEK.plusDays(6)))
                .toList();
        assertThat(hanoiThatWeek).hasSize(12);
        assertThat(week).containsExactlyElementsOf(hanoiThatWeek);
        assertThat(week).isSortedAccordingTo(BY_DATE_AND_TIME)
                .extracting(SessionRow::classCode).containsOnly("PBT-HN-2023-01");
        assertThat(week.getFirst().date()).isEqualTo(HANOI_WEEK);
        assertThat(week.getFirst().startTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(week.getLast().date()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(week.getFirst().topicTitle()).isEqualTo("Khai giảng lớp học");
        // Any day of the week stands for its Monday.
        assertThat(timetable.week(LocalDate.of(2023, 3, 30), WeekFilter.none())).isEqualTo(week);
    }

    @Test
    void theLecturerFilterKeepsOnlyTheirSessions() {
        long vinh = data.lecturerId("dinh quang vinh");
        List<SessionRow> week = timetable.week(HANOI_WEEK, new WeekFilter(vinh, null, null));
        assertThat(week).hasSize(2).allSatisfy(row -> {
            assertThat(row.lecturerId()).isEqualTo(vinh);
            assertThat(row.date()).isEqualTo(LocalDate.of(2023, 3, 29));
        });
        assertThat(week).extracting(SessionRow::dayPart).containsExactly(DayPart.MORNING, DayPart.AFTERNOON);
        assertThat(timetable.week(HANOI_WEEK, new WeekFilter(data.lecturerId("le thi hong nhung"), null, null)))
                .isEmpty();
    }

    @Test
    void theRoomFilterIgnoresDiacriticsAndCaseAndMatchesPartOfTheName() {
        assertThat(timetable.week(HANOI_WEEK, new WeekFilter(null, "le hong phong", null))).hasSize(12);
        assertThat(timetable.week(HANOI_WEEK, new WeekFilter(null, "LÊ HỒNG  PHONG", null))).hasSize(12);
        assertThat(timetable.week(HANOI_WEEK, new WeekFilter(null, "hoi truong", null))).isEmpty();
        assertThat(timetable.week(HANOI_WEEK, new WeekFilter(null, "   ", null))).hasSize(12);

        LocalDate monday = LocalDate.of(2028, 1, 3);
        long first = data.newClass("W", monday, monday.plusDays(4), null);
        long second = data.newClass("W", monday, monday.plusDays(4), null);
        long hall = session(first, monday, DayPart.MORNING, "Hội trường A", null);
        long room201 = session(second, monday.plusDays(1), DayPart.AFTERNOON, "Phòng 201", null);

        assertThat(timetable.week(monday, WeekFilter.none())).extracting(SessionRow::id)
                .containsExactly(hall, room201);
        assertThat(timetable.week(monday, new WeekFilter(null, "hoi truong", null))).extracting(SessionRow::id)
                .containsExactly(hall);
        assertThat(timetable.week(monday, new WeekFilter(null, "truong a", null))).extracting(SessionRow::id)
                .containsExactly(hall);
        assertThat(timetable.week(monday, new WeekFilter(null, "phong", null))).extracting(SessionRow::id)
                .containsExactly(room201);
        // "%" and "_" are looked for as they are, not as patterns.
        assertThat(timetable.week(monday, new WeekFilter(null, "%", null))).isEmpty();
        assertThat(timetable.week(monday, new WeekFilter(null, "_", null))).isEmpty();
    }

    @Test
    void theClassFilterKeepsOnlyThatClass() {
        long hanoi = data.classId("PBT-HN-2023-01");
        long vietTri = data.classId("NVCTD-VT-2025-I");
        assertThat(timetable.week(HANOI_WEEK, new WeekFilter(null, null, hanoi))).hasSize(12);
        assertThat(timetable.week(HANOI_WEEK, new WeekFilter(null, null, vietTri))).isEmpty();

        LocalDate vietTriWeek = LocalDate.of(2025, 11, 10);
        assertThat(timetable.week(vietTriWeek, new WeekFilter(null, null, vietTri)))
                .isNotEmpty().extracting(SessionRow::classCode).containsOnly("NVCTD-VT-2025-I");
        assertThat(timetable.week(vietTriWeek, new WeekFilter(null, null, hanoi))).isEmpty();
        // Filters combine: the class, and within it one lecturer.
        long tuan = data.lecturerId("hoang minh tuan");
        assertThat(timetable.week(vietTriWeek, new WeekFilter(tuan, "truong chinh tri", vietTri)))
                .hasSize(2).allSatisfy(row -> assertThat(row.lecturerName()).isEqualTo("ThS. Hoàng Minh Tuấn"));
    }

    @Test
    void aWeekWithoutSessionsIsEmptyAndPointsToTheWeeksAround() {
        LocalDate quietWeek = LocalDate.of(2024, 6, 3);
        assertThat(timetable.week(quietWeek, WeekFilter.none())).isEmpty();
        assertThat(timetable.nextSessionDate(quietWeek, WeekFilter.none())).contains(LocalDate.of(2025, 11, 12));
        assertThat(timetable.previousSessionDate(quietWeek, WeekFilter.none())).contains(LocalDate.of(2023, 4, 7));
        assertThat(timetable.nextSessionDate(quietWeek, new WeekFilter(null, "khong co phong nay", null)))
                .isEmpty();
        assertThat(timetable.previousSessionDate(LocalDate.of(2023, 3, 27), WeekFilter.none())).isEmpty();
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerSeesOnlySessionsOfTheClassesTheyTeach() {
        LocalDate monday = LocalDate.of(2028, 1, 10);
        long[] ids = SystemAuthentication.callAsSystem(() -> {
            long theirs = data.newClass("W", monday, monday.plusDays(14), null);
            long notTheirs = data.newClass("W", monday, monday.plusDays(7), null);
            long theirTopic = topicTaughtBy(theirs, data.lecturerId("hoang minh tuan"));
            long otherTopic = topicTaughtBy(notTheirs, data.lecturerId("le thi hong nhung"));
            return new long[] {
                session(theirs, monday, DayPart.MORNING, "Phòng 301", theirTopic),
                session(notTheirs, monday.plusDays(1), DayPart.MORNING, "Phòng 302", otherTopic),
                session(notTheirs, monday.plusDays(7), DayPart.MORNING, "Phòng 302", otherTopic),
                session(theirs, monday.plusDays(14), DayPart.MORNING, "Phòng 301", theirTopic)};
        });

        assertThat(timetable.week(monday, WeekFilter.none())).extracting(SessionRow::id).containsExactly(ids[0]);
        // Not even by asking for the other class.
        long otherClass = SystemAuthentication.callAsSystem(() -> timetable.week(monday, WeekFilter.none()).stream()
                .filter(row -> row.id() == ids[1]).findFirst().orElseThrow().classId());
        assertThat(timetable.week(monday, new WeekFilter(null, null, otherClass))).isEmpty();
        // The next week with sessions skips the week holding only a class they do not teach.
        assertThat(timetable.nextSessionDate(monday.plusDays(2), WeekFilter.none())).contains(monday.plusDays(14));
        assertThat(SystemAuthentication.callAsSystem(() -> timetable.nextSessionDate(monday.plusDays(2),
                WeekFilter.none()))).contains(monday.plusDays(7));
        // The demo lecturer teaches a topic of the Hanoi class, so its whole week shows.
        assertThat(timetable.week(HANOI_WEEK, WeekFilter.none())).hasSize(12);
    }

    @Test
    @WithAnonymousUser
    void anonymousCallersAreRefused() {
        assertThatThrownBy(() -> timetable.week(HANOI_WEEK, WeekFilter.none()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timetable.nextSessionDate(HANOI_WEEK, WeekFilter.none()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "someone", roles = "USER")
    void anAccountWithoutAPortalRoleIsRefused() {
        assertThatThrownBy(() -> timetable.week(HANOI_WEEK, WeekFilter.none()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timetable.previousSessionDate(HANOI_WEEK, WeekFilter.none()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
