package vn.lopboiduong.klass.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.TestData;
import vn.lopboiduong.base.i18n.TranslationProvider;
import vn.lopboiduong.klass.programme.ClassTopic;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.lecturer.Lecturer;
import vn.lopboiduong.lecturer.LecturerKind;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.user.UserAccount;
import vn.lopboiduong.user.UserService;

/**
 * Workload is summed from the timetable by each session's effective lecturer and its length in 45-minute periods.
 * Workload is counted by year, so this test owns the year 2034 (see {@link TestData}).
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class WorkloadServiceIntegrationTest {

    private static final int YEAR = 2034;

    @Autowired
    TestData data;

    @Autowired
    ClassTopicService topics;

    @Autowired
    TimetableService timetable;

    @Autowired
    LecturerService lecturers;

    @Autowired
    UserService users;

    @Autowired
    WorkloadService workload;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TranslationProvider translations;

    /** Two lecturers in two classes of 2034; the second class's session of the first falls in March. */
    private record Year(long first, long second, String username, String firstName) {
    }

    private Year teach() {
        String username = "gv" + UUID.randomUUID().toString().substring(0, 8);
        String firstName = "Giảng viên khối lượng " + username;
        long account = users.create(new UserAccount(username, firstName, EnumSet.of(Role.LECTURER)), "Demo@2025!x")
                .requireId();
        long first = lecturers.create(new Lecturer(firstName, LecturerKind.GUEST), null, account).requireId();
        long second = lecturers.create(new Lecturer("Giảng viên thứ hai " + username, LecturerKind.INTERNAL), null,
                null).requireId();

        LocalDate day = LocalDate.of(YEAR, 1, 10);
        long classId = data.newClass("KL", day, day.plusDays(1), null);
        ClassTopic lecture = topics.addTopic(classId, new ClassTopic("Bài giảng", null, TopicKind.LECTURE, 5), first);
        ClassTopic discussion = topics.addTopic(classId, new ClassTopic("Thảo luận", null, TopicKind.DISCUSSION, 5),
                null);
        // 07:30–11:15: five periods of the first lecturer's topic, which the session follows.
        timetable.add(classId, new ClassSession(day, DayPart.MORNING), lecture.requireId(), null);
        // Two periods of discussion, the session's own lecturer.
        var shortSession = new ClassSession(day, DayPart.AFTERNOON);
        shortSession.setEndTime(LocalTime.of(15, 0));
        timetable.add(classId, shortSession, discussion.requireId(), first);
        // The second lecturer stands in for the first on their topic: five periods to the second.
        timetable.add(classId, new ClassSession(day.plusDays(1), DayPart.MORNING), lecture.requireId(), second);

        LocalDate march = LocalDate.of(YEAR, 3, 14);
        long otherClass = data.newClass("KL2", march, march, null);
        timetable.add(otherClass, new ClassSession(march, DayPart.MORNING), null, first);
        return new Year(first, second, username, firstName);
    }

    @Test
    void eachLecturerGetsTheirSessionsPeriodsByKindAndClasses() {
        Year year = teach();
        List<LecturerWorkload> rows = workload.page(YEAR, PageRequest.of(0, 100));
        LecturerWorkload first = rows.stream().filter(row -> row.lecturerId() == year.first()).findFirst()
                .orElseThrow();
        assertThat(first.lecturerName()).isEqualTo(year.firstName());
        assertThat(first.sessions()).isEqualTo(3);
        assertThat(first.classes()).isEqualTo(2);
        // 5 (lecture) + 2 (discussion) + 5 (a session without a topic, in the total only).
        assertThat(first.periods()).isEqualTo(12);
        assertThat(first.periods(TopicKind.LECTURE)).isEqualTo(5);
        assertThat(first.periods(TopicKind.DISCUSSION)).isEqualTo(2);
        assertThat(first.periods(TopicKind.EXAM)).isZero();
        LecturerWorkload second = rows.stream().filter(row -> row.lecturerId() == year.second()).findFirst()
                .orElseThrow();
        assertThat(second.periods()).isEqualTo(5);
        assertThat(second.periods(TopicKind.LECTURE)).isEqualTo(5);
        assertThat(second.classes()).isEqualTo(1);

        assertThat(workload.count(YEAR)).isEqualTo(rows.size());
        assertThat(workload.page(YEAR - 1000, PageRequest.of(0, 10))).isEmpty();
        assertThat(workload.byClass(YEAR)).filteredOn(row -> row.lecturerId() == year.first())
                .extracting(ClassWorkload::periods).containsExactlyInAnyOrder(7L, 5L);
    }

    @Test
    void theListSortsByPeriodsAndByEachKind() {
        teach();
        List<Long> byPeriods = workload.page(YEAR, PageRequest.of(0, 100, Sort.by("periods").descending()))
                .stream().map(LecturerWorkload::minutes).toList();
        assertThat(byPeriods).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<Long> byDiscussion = workload.page(YEAR, PageRequest.of(0, 100, Sort.by(TopicKind.DISCUSSION.name())))
                .stream().map(LecturerWorkload::discussionMinutes).toList();
        assertThat(byDiscussion).isSorted();
        assertThat(workload.page(YEAR, PageRequest.of(0, 1, Sort.by("classes").descending()))).hasSize(1);
        assertThatThrownBy(() -> workload.page(YEAR, PageRequest.of(0, 10, Sort.by("password"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExcelWorkbookHoldsTheYearByLecturerAndByClass() throws IOException {
        Year year = teach();
        var file = workload.xlsx(YEAR, TranslationProvider.VIETNAMESE);
        assertThat(file.fileName()).isEqualTo("khoi-luong-giang-day-2034.xlsx");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            var sheet = book.getSheet("Theo giảng viên");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("KHỐI LƯỢNG GIẢNG DẠY NĂM 2034");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Tổng số tiết");
            boolean found = false;
            for (var row : sheet) {
                if (row.getRowNum() > 2 && year.firstName().equals(row.getCell(0).getStringCellValue())) {
                    assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(12);
                    found = true;
                }
            }
            assertThat(found).isTrue();
            assertThat(book.getSheet("Theo lớp")).isNotNull();
        }
    }

    @Test
    void aLecturerSeesTheirOwnSessionsThisMonthAndPeriodsThisYear() {
        Year year = teach();
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken(year.username(), null, "ROLE_LECTURER"));
        Clock march = Clock.fixed(LocalDate.of(YEAR, 3, 20).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                ZoneId.of("Asia/Ho_Chi_Minh"));
        MyWorkload mine = new WorkloadService(entityManager, translations, march).mine();
        assertThat(mine).isEqualTo(new MyWorkload(YEAR, 1, 12));
        // The committee's figures are not for a lecturer.
        assertThatThrownBy(() -> workload.page(YEAR, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workload.xlsx(YEAR, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void leadersReadEveryonesWorkloadButHaveNoOwnFigures() {
        assertThat(workload.count(YEAR)).isNotNegative();
        assertThat(workload.years()).isNotEmpty();
        assertThatThrownBy(() -> workload.mine()).isInstanceOf(AccessDeniedException.class);
    }
}
