package vn.lopboiduong.klass.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lopboiduong.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.program.Program;
import vn.lopboiduong.program.ProgramService;
import vn.lopboiduong.program.ProgramTopic;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.security.SystemAuthentication;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.timetable.ClassSession;
import vn.lopboiduong.klass.timetable.DayPart;
import vn.lopboiduong.klass.timetable.TimetableService;

@SpringBootTest
@WithMockUser(username = "organizer", roles = "ORGANIZER")
class ClassTopicServiceIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ClassTopicService programme;

    @Autowired
    TimetableService timetable;

    @Autowired
    TopicSessions topicSessions;

    @Autowired
    ProgramService programs;

    @Autowired
    TrainingClassService classes;

    private long newProgram() {
        long id = programs.save(new Program("Chương trình thử " + UUID.randomUUID())).requireId();
        programs.addTopic(id, new ProgramTopic("Khai giảng", null, TopicKind.OPENING, 1));
        programs.addTopic(id, new ProgramTopic("Công tác đảng viên", "Nghiệp vụ", TopicKind.LECTURE, 5));
        programs.addTopic(id, new ProgramTopic("Thảo luận tổ", "Nghiệp vụ", TopicKind.DISCUSSION, 4));
        return id;
    }

    @Test
    void theDemoProgrammeHasSeventeenTopicsAndThreeDiscussions() {
        Program program = programs.list("11 ngay", PageRequest.of(0, 1)).getFirst();
        List<ProgramTopic> topics = programs.topics(program.requireId());
        assertThat(topics).filteredOn(t -> t.getKind() == TopicKind.LECTURE).hasSize(17);
        assertThat(topics).filteredOn(t -> t.getKind() == TopicKind.DISCUSSION).hasSize(3);
        assertThat(topics).extracting(ProgramTopic::getPosition)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, topics.size()).boxed().toList());
    }

    @Test
    void applyingAProgrammeCopiesItsTopicsAndLaterEditsLeaveTheProgrammeAlone() {
        long classId = data.newClass("T", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), null);
        long programId = newProgram();
        assertThat(programme.applyProgram(classId, programId, ApplyMode.APPEND)).isEqualTo(3);
        List<ClassTopicRow> rows = programme.topics(classId);
        assertThat(rows).extracting(ClassTopicRow::title)
                .containsExactly("Khai giảng", "Công tác đảng viên", "Thảo luận tổ");

        ClassTopic topic = programme.getTopic(rows.get(1).id());
        topic.setTitle("Công tác đảng viên (cập nhật 2026)");
        programme.updateTopic(topic, null);
        programme.moveTopic(rows.get(2).id(), -1);
        programme.removeTopic(rows.get(0).id());

        assertThat(programme.topics(classId)).extracting(ClassTopicRow::position, ClassTopicRow::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Thảo luận tổ"),
                        org.assertj.core.groups.Tuple.tuple(2, "Công tác đảng viên (cập nhật 2026)"));
        assertThat(programs.topics(programId)).extracting(ProgramTopic::getTitle)
                .containsExactly("Khai giảng", "Công tác đảng viên", "Thảo luận tổ");
    }

    @Test
    void applyingTwiceReplacesOrAppendsAsChosenAndNeverReplacesTopicsInUse() {
        long classId = data.newClass("AP", LocalDate.of(2029, 8, 6), LocalDate.of(2029, 8, 7), null);
        long programId = newProgram();
        programme.applyProgram(classId, programId, ApplyMode.APPEND);
        programme.applyProgram(classId, programId, ApplyMode.REPLACE);
        assertThat(programme.topics(classId)).extracting(ClassTopicRow::position, ClassTopicRow::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Khai giảng"),
                        org.assertj.core.groups.Tuple.tuple(2, "Công tác đảng viên"),
                        org.assertj.core.groups.Tuple.tuple(3, "Thảo luận tổ"));
        programme.applyProgram(classId, programId, ApplyMode.APPEND);
        assertThat(programme.topics(classId)).hasSize(6).last().extracting(ClassTopicRow::position).isEqualTo(6);

        long topicId = programme.topics(classId).getFirst().id();
        timetable.add(classId, new ClassSession(LocalDate.of(2029, 8, 6), DayPart.MORNING), topicId, null);
        assertThatThrownBy(() -> programme.applyProgram(classId, programId, ApplyMode.REPLACE))
                .isInstanceOf(BusinessException.class).satisfies(e -> {
                    assertThat(((BusinessException) e).getMessageKey())
                            .isEqualTo("classes.programme.error.replace-used");
                    assertThat(((BusinessException) e).getArguments()).containsExactly(1L);
                });
        assertThat(programme.topics(classId)).hasSize(6);
    }

    @Test
    void aClosedClassKeepsItsProgramme() {
        long completed = classes.list(new TrainingClassService.Filter("NVCTD-VT-2025-I", null, null, null, null),
                PageRequest.of(0, 1)).getFirst().id();
        int before = programme.topics(completed).size();
        assertThatThrownBy(() -> programme.applyProgram(completed, newProgram(), ApplyMode.APPEND))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("class.error.closed");
        assertThat(programme.topics(completed)).hasSize(before);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void leadersReadProgrammesButCannotChangeThem() {
        long vietTri = classes.list(new TrainingClassService.Filter("NVCTD-VT-2026-II", null, null, null, null),
                PageRequest.of(0, 1)).getFirst().id();
        assertThat(programme.topics(vietTri)).extracting(ClassTopicRow::lecturerName)
                .contains("ThS. Hoàng Minh Tuấn", "TS. Lê Thị Hồng Nhung");
        assertThatThrownBy(() -> programme.applyProgram(vietTri, 1L, ApplyMode.APPEND))
                .isInstanceOf(AccessDeniedException.class);
        long topicId = programme.topics(vietTri).getFirst().id();
        assertThatThrownBy(() -> programme.removeTopic(topicId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programme.topicsInOrder(vietTri)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programme.topicOf(vietTri, topicId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> topicSessions.checkLecturerChange(topicId, 1L))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> topicSessions.countOf(topicId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programs.save(new Program("X"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerReadsTheProgrammeOnlyOfClassesTheyTeach() {
        long taught = data.classId("NVCTD-VT-2026-II");
        assertThat(programme.topics(taught)).isNotEmpty();
        long other = SystemAuthentication.callAsSystem(() -> data.newClass("T", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 3), null));
        assertThatThrownBy(() -> programme.topics(other)).isInstanceOf(AccessDeniedException.class);
        assertThat(classes.get(other)).isEmpty();
        assertThatThrownBy(() -> programme.moveTopic(programme.topics(taught).getFirst().id(), 1))
                .isInstanceOf(AccessDeniedException.class);
    }
}
