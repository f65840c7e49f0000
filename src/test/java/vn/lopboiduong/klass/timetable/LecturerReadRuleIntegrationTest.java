package vn.lopboiduong.klass.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.lopboiduong.TestData;
import vn.lopboiduong.klass.ClassRow;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.programme.ClassTopic;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.program.TopicKind;

/**
 * The one lecturer rule: a lecturer reads a class when they teach one of its topics or one of its sessions. The
 * demo account "lecturer" (Hoàng Minh Tuấn) substitutes for one session of a topic someone else teaches. This test
 * owns the dates of April 2029.
 */
@SpringBootTest
class LecturerReadRuleIntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2029, 4, 10);

    @Autowired
    TestData data;

    @Autowired
    TrainingClassService classes;

    @Autowired
    ClassTopicService topics;

    @Autowired
    TimetableService timetable;

    @Autowired
    TimetableExport export;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null,
                "ROLE_" + role));
    }

    @Test
    void aSubstituteReadsTheClassEverywhereAndAnOutsiderNowhere() {
        signIn("organizer", "ORGANIZER");
        long substituted = data.newClass("SUB", DAY, DAY.plusDays(1), "Phòng thử S");
        long topicId = topics.addTopic(substituted, new ClassTopic("Chuyên đề của người khác", null,
                TopicKind.LECTURE, 5), data.lecturerId("le thi hong nhung")).requireId();
        long tuan = data.lecturerId("hoang minh tuan");
        timetable.add(substituted, new ClassSession(DAY, DayPart.MORNING), topicId, tuan);
        long untouched = data.newClass("OUT", DAY, DAY.plusDays(1), "Phòng thử O");
        topics.addTopic(untouched, new ClassTopic("Chuyên đề khác", null, TopicKind.LECTURE, 5),
                data.lecturerId("le thi hong nhung"));
        String substitutedCode = classes.get(substituted).orElseThrow().getCode();
        String untouchedCode = classes.get(untouched).orElseThrow().getCode();

        signIn("lecturer", "LECTURER");
        // The class list, the class page, the all-classes timetable, the lecturer's own page and the exports.
        assertThat(classes.list(new TrainingClassService.Filter(substitutedCode, null, null, null, null),
                PageRequest.of(0, 5))).extracting(ClassRow::id).containsExactly(substituted);
        assertThat(classes.get(substituted)).isPresent();
        assertThat(timetable.sessions(substituted)).hasSize(1);
        assertThat(timetable.week(DAY, WeekFilter.none())).extracting(SessionRow::classId).contains(substituted)
                .doesNotContain(untouched);
        assertThat(timetable.myUpcoming(PageRequest.of(0, 500))).extracting(SessionRow::classId)
                .contains(substituted);
        assertThat(export.pdf(substituted, Locale.of("vi")).content()).isNotEmpty();
        assertThat(export.xlsx(substituted, Locale.of("vi")).content()).isNotEmpty();

        assertThat(classes.list(new TrainingClassService.Filter(untouchedCode, null, null, null, null),
                PageRequest.of(0, 5))).isEmpty();
        assertThat(classes.get(untouched)).isEmpty();
        assertThatThrownBy(() -> timetable.sessions(untouched)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.pdf(untouched, Locale.of("vi"))).isInstanceOf(AccessDeniedException.class);
        assertThat(topics.topics(substituted)).hasSize(1);
        assertThatThrownBy(() -> topics.topics(untouched)).isInstanceOf(AccessDeniedException.class);
    }
}
