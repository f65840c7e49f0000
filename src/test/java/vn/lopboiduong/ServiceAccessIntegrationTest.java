package vn.lopboiduong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.lopboiduong.decision.Decision;
import vn.lopboiduong.decision.DecisionKind;
import vn.lopboiduong.decision.DecisionService;
import vn.lopboiduong.klass.board.BoardMember;
import vn.lopboiduong.klass.board.BoardRole;
import vn.lopboiduong.klass.board.ClassBoardService;
import vn.lopboiduong.klass.programme.ApplyMode;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.klass.timetable.ClassSession;
import vn.lopboiduong.klass.ClassStatus;
import vn.lopboiduong.klass.programme.ClassTopic;
import vn.lopboiduong.klass.timetable.DayPart;
import vn.lopboiduong.klass.timetable.TimetableService;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.lecturer.Lecturer;
import vn.lopboiduong.lecturer.LecturerKind;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.plan.TrainingPlan;
import vn.lopboiduong.plan.TrainingPlanService;
import vn.lopboiduong.program.Program;
import vn.lopboiduong.program.ProgramService;
import vn.lopboiduong.program.ProgramTopic;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.topicplan.AttachmentKind;
import vn.lopboiduong.topicplan.PlanContent;
import vn.lopboiduong.topicplan.TopicPlanService;
import vn.lopboiduong.enrollment.EnrollmentService;
import vn.lopboiduong.trainee.Trainee;
import vn.lopboiduong.trainee.TraineeService;
import vn.lopboiduong.unit.Unit;
import vn.lopboiduong.unit.UnitKind;
import vn.lopboiduong.unit.UnitService;
import vn.lopboiduong.user.UserAccount;
import vn.lopboiduong.user.UserService;

/**
 * The role table, method by method: every public method that changes data, called by each role that must be
 * refused, gets {@link AccessDeniedException} and leaves the stored data as it was. A new mutating service method
 * belongs in {@link #refusedCalls()}. (Reading as a lecturer is narrowed by row rules, tested at the end.)
 */
@SpringBootTest
class ServiceAccessIntegrationTest {

    private static final Set<Role> ALL_BUT_ADMIN = EnumSet.of(Role.ORGANIZER, Role.LECTURER, Role.VIEWER);
    private static final Set<Role> OUTSIDE_COMMITTEE = EnumSet.of(Role.LECTURER, Role.VIEWER);
    /** Topic plans: a lecturer may change their own; for someone else's they get "not found", tested there. */
    private static final Set<Role> LEADERS = EnumSet.of(Role.VIEWER);

    @Autowired
    TestData data;

    @Autowired
    UserService users;

    @Autowired
    UnitService units;

    @Autowired
    LecturerService lecturers;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    ProgramService programs;

    @Autowired
    TrainingClassService classes;

    @Autowired
    ClassTopicService programme;

    @Autowired
    TimetableService timetable;

    @Autowired
    ClassBoardService board;

    @Autowired
    DecisionService decisions;

    @Autowired
    TopicPlanService topicPlans;

    @Autowired
    TraineeService trainees;

    @Autowired
    EnrollmentService enrollments;

    /** One refused call: what it is, who is refused, and the call itself. */
    private record Refused(String method, Set<Role> refusedTo, Runnable call) {
    }

    /** Records made by the administrator for the refused calls to aim at. */
    private record Fixture(UserAccount user, Unit unit, Lecturer lecturer, TrainingPlan plan, Program program,
            ProgramTopic programTopic, TrainingClass trainingClass, ClassTopic classTopic, ClassSession session,
            BoardMember member, Decision decision, TopicPlanService.VersionView planVersion, Trainee trainee) {
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @TestFactory
    Stream<DynamicTest> everyDataChangingMethodRefusesTheWrongRoles() {
        Fixture f = asAdmin(this::fixture);
        List<DynamicTest> tests = new ArrayList<>();
        for (Refused refused : refusedCalls(f)) {
            for (Role role : refused.refusedTo()) {
                tests.add(DynamicTest.dynamicTest(refused.method() + " as " + role, () -> {
                    List<Object> before = asAdmin(() -> state(f));
                    signInAs(role);
                    assertThatThrownBy(refused.call()::run).isInstanceOf(AccessDeniedException.class);
                    assertThat(asAdmin(() -> state(f))).isEqualTo(before);
                }));
            }
        }
        return tests.stream();
    }

    private List<Refused> refusedCalls(Fixture f) {
        long classId = f.trainingClass().requireId();
        var classLinks = new TrainingClassService.Links(null, f.unit().requireId(), Set.of());
        long topicId = f.classTopic().requireId();
        TopicPlanService.VersionView plan = f.planVersion();
        return List.of(
                new Refused("UserService.create", ALL_BUT_ADMIN, () -> users.create(
                        new UserAccount("x" + suffix(), "Người Lạ", Set.of(Role.VIEWER)), "Strong@2025")),
                new Refused("UserService.update", ALL_BUT_ADMIN, () -> users.update(f.user())),
                new Refused("UserService.lock", ALL_BUT_ADMIN, () -> users.lock(f.user().requireId())),
                new Refused("UserService.unlock", ALL_BUT_ADMIN, () -> users.unlock(f.user().requireId())),
                new Refused("UserService.resetPassword", ALL_BUT_ADMIN,
                        () -> users.resetPassword(f.user().requireId(), "Other@2025")),
                new Refused("UnitService.create", OUTSIDE_COMMITTEE, () -> units.create(
                        new Unit("X" + suffix(), "Đơn vị lạ", UnitKind.OTHER, null), null)),
                new Refused("UnitService.update", OUTSIDE_COMMITTEE, () -> units.update(f.unit(), null)),
                new Refused("UnitService.delete", OUTSIDE_COMMITTEE, () -> units.delete(f.unit().requireId())),
                new Refused("LecturerService.create", OUTSIDE_COMMITTEE, () -> lecturers.create(
                        new Lecturer("Người Lạ", LecturerKind.GUEST), null, null)),
                // A lecturer may save their own record only; this one is someone else's.
                new Refused("LecturerService.update", OUTSIDE_COMMITTEE,
                        () -> lecturers.update(f.lecturer(), null, null)),
                new Refused("LecturerService.delete", OUTSIDE_COMMITTEE,
                        () -> lecturers.delete(f.lecturer().requireId())),
                new Refused("TrainingPlanService.create", OUTSIDE_COMMITTEE, () -> plans.create(
                        new TrainingPlan("KH-" + suffix(), LocalDate.of(2026, 1, 5), "Tỉnh ủy Phú Thọ"))),
                new Refused("TrainingPlanService.update", OUTSIDE_COMMITTEE, () -> plans.update(f.plan())),
                new Refused("TrainingPlanService.delete", OUTSIDE_COMMITTEE,
                        () -> plans.delete(f.plan().requireId())),
                new Refused("ProgramService.save", OUTSIDE_COMMITTEE, () -> programs.save(f.program())),
                new Refused("ProgramService.addTopic", OUTSIDE_COMMITTEE, () -> programs.addTopic(
                        f.program().requireId(), new ProgramTopic("Chuyên đề lạ", null, TopicKind.LECTURE, 4))),
                new Refused("ProgramService.updateTopic", OUTSIDE_COMMITTEE,
                        () -> programs.updateTopic(f.programTopic())),
                new Refused("ProgramService.removeTopic", OUTSIDE_COMMITTEE,
                        () -> programs.removeTopic(f.programTopic().requireId())),
                new Refused("ProgramService.moveTopic", OUTSIDE_COMMITTEE,
                        () -> programs.moveTopic(f.programTopic().requireId(), -1)),
                new Refused("TrainingClassService.create", OUTSIDE_COMMITTEE, () -> classes.create(
                        new TrainingClass("X-" + suffix(), "Lớp lạ", 2026), classLinks)),
                new Refused("TrainingClassService.update", OUTSIDE_COMMITTEE,
                        () -> classes.update(f.trainingClass(), classLinks)),
                new Refused("TrainingClassService.changeStatus", OUTSIDE_COMMITTEE, () -> classes.changeStatus(
                        classId, f.trainingClass().getVersion(), ClassStatus.PLANNED)),
                new Refused("TrainingClassService.delete", OUTSIDE_COMMITTEE,
                        () -> classes.delete(classId, f.trainingClass().getVersion())),
                new Refused("ClassTopicService.applyProgram", OUTSIDE_COMMITTEE,
                        () -> programme.applyProgram(classId, f.program().requireId(), ApplyMode.APPEND)),
                new Refused("ClassTopicService.addTopic", OUTSIDE_COMMITTEE, () -> programme.addTopic(classId,
                        new ClassTopic("Chuyên đề lạ", null, TopicKind.LECTURE, 4), null)),
                new Refused("ClassTopicService.updateTopic", OUTSIDE_COMMITTEE,
                        () -> programme.updateTopic(f.classTopic(), null)),
                new Refused("ClassTopicService.removeTopic", OUTSIDE_COMMITTEE,
                        () -> programme.removeTopic(f.classTopic().requireId())),
                new Refused("ClassTopicService.moveTopic", OUTSIDE_COMMITTEE,
                        () -> programme.moveTopic(f.classTopic().requireId(), -1)),
                new Refused("TimetableService.add", OUTSIDE_COMMITTEE, () -> timetable.add(classId,
                        new ClassSession(LocalDate.of(2031, 3, 4), DayPart.AFTERNOON), null, null)),
                new Refused("TimetableService.update", OUTSIDE_COMMITTEE,
                        () -> timetable.update(f.session(), null, null)),
                new Refused("TimetableService.delete", OUTSIDE_COMMITTEE,
                        () -> timetable.delete(f.session().requireId())),
                new Refused("TimetableService.generateDraft", OUTSIDE_COMMITTEE,
                        () -> timetable.generateDraft(classId)),
                new Refused("ClassBoardService.add", OUTSIDE_COMMITTEE, () -> board.add(classId,
                        new BoardMember(BoardRole.MEMBER, "Người Lạ"), null)),
                new Refused("ClassBoardService.update", OUTSIDE_COMMITTEE, () -> board.update(f.member(), null)),
                new Refused("ClassBoardService.remove", OUTSIDE_COMMITTEE,
                        () -> board.remove(f.member().requireId())),
                new Refused("DecisionService.create", OUTSIDE_COMMITTEE, () -> decisions.create(
                        new Decision("QĐ-" + suffix(), LocalDate.of(2031, 3, 1), "Tỉnh ủy", DecisionKind.OTHER,
                                "Quyết định lạ"), new DecisionService.Links(null, null), null)),
                new Refused("DecisionService.update", OUTSIDE_COMMITTEE, () -> decisions.update(f.decision(),
                        new DecisionService.Links(null, classId), DecisionService.FileChange.keep())),
                new Refused("DecisionService.delete", OUTSIDE_COMMITTEE,
                        () -> decisions.delete(f.decision().requireId())),
                new Refused("TopicPlanService.saveDraft", LEADERS, () -> topicPlans.saveDraft(topicId,
                        plan.id(), plan.entityVersion(), PlanContent.empty())),
                new Refused("TopicPlanService.submit", LEADERS,
                        () -> topicPlans.submit(topicId, plan.id(), plan.entityVersion())),
                new Refused("TopicPlanService.approve", OUTSIDE_COMMITTEE,
                        () -> topicPlans.approve(topicId, plan.id(), plan.entityVersion(), null)),
                new Refused("TopicPlanService.returnPlan", OUTSIDE_COMMITTEE,
                        () -> topicPlans.returnPlan(topicId, plan.id(), plan.entityVersion(), "Chưa đạt")),
                new Refused("TopicPlanService.revise", LEADERS,
                        () -> topicPlans.revise(topicId, plan.id(), plan.entityVersion())),
                new Refused("TopicPlanService.copyFrom", LEADERS,
                        () -> topicPlans.copyFrom(topicId, plan.id(), plan.entityVersion(), topicId)),
                new Refused("TopicPlanService.startFromProgramme", LEADERS,
                        () -> topicPlans.startFromProgramme(topicId, plan.id(), plan.entityVersion())),
                new Refused("TopicPlanService.attach", LEADERS, () -> topicPlans.attach(topicId, plan.id(),
                        AttachmentKind.PLAN_DOCUMENT, "de-cuong.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))),
                new Refused("TopicPlanService.removeAttachment", LEADERS, () -> topicPlans.removeAttachment(
                        topicId, plan.attachments().getFirst().id())),
                new Refused("TraineeService.create", OUTSIDE_COMMITTEE, () -> trainees.create(
                        new Trainee("Người Lạ " + suffix()), TraineeService.Links.none(), true)),
                new Refused("TraineeService.update", OUTSIDE_COMMITTEE, () -> trainees.update(
                        f.trainee(), TraineeService.Links.none())),
                new Refused("EnrollmentService.enrol", OUTSIDE_COMMITTEE,
                        () -> enrollments.enrol(classId, f.trainee().requireId())),
                new Refused("EnrollmentService.enrolAll", OUTSIDE_COMMITTEE,
                        () -> enrollments.enrolAll(classId, List.of(f.trainee().requireId()))),
                new Refused("EnrollmentService.remove", OUTSIDE_COMMITTEE, () -> {
                    var row = asAdmin(() -> enrollments.roster(classId, new EnrollmentService.RosterFilter(null),
                            Pageable.unpaged())).getFirst();
                    enrollments.remove(row.id(), row.version(), "Thử");
                }),
                new Refused("TopicPlanService.setDeadline", OUTSIDE_COMMITTEE,
                        () -> topicPlans.setDeadline(classId, LocalDate.of(2031, 2, 20))));
        // UserService.changeOwnPassword and changeOwnLocale are every signed-in user's own: no role is refused.
    }

    @Test
    void aLecturerReadsNeitherPlansNorClassesTheyDoNotTeachById() {
        long planId = asAdmin(() -> plans.list("110-KH/TU", PageRequest.of(0, 1)).getFirst().requireId());
        long untaught = asAdmin(() -> data.newClass("ACL", LocalDate.of(2031, 5, 4), LocalDate.of(2031, 5, 6),
                null));
        signInAs(Role.LECTURER);
        assertThatThrownBy(() -> plans.get(planId)).isInstanceOf(AccessDeniedException.class);
        assertThat(classes.get(untaught)).isEmpty();
        assertThat(classes.findRow(untaught)).isEmpty();
        assertThat(classes.count(new TrainingClassService.Filter("ACL-", null, null, null, null))).isZero();
        signInAs(Role.VIEWER);
        assertThat(plans.get(planId)).isPresent();
        assertThat(classes.get(untaught)).isPresent();
    }

    private Fixture fixture() {
        String suffix = suffix();
        UserAccount user = users.create(new UserAccount("acl" + suffix.toLowerCase(), "Người Thử Quyền",
                Set.of(Role.VIEWER)), "Strong@2025");
        Unit unit = units.create(new Unit("ACL" + suffix, "Đơn vị thử quyền", UnitKind.OTHER, null), null);
        Lecturer lecturer = lecturers.create(new Lecturer("Giảng Viên Thử Quyền", LecturerKind.GUEST), null, null);
        TrainingPlan plan = plans.create(new TrainingPlan("ACL-" + suffix, LocalDate.of(2031, 1, 5), "Tỉnh ủy"));
        Program program = programs.save(new Program("Chương trình thử quyền " + suffix));
        programs.addTopic(program.requireId(), new ProgramTopic("Khai giảng", null, TopicKind.OPENING, 1));
        ProgramTopic programTopic = programs.addTopic(program.requireId(),
                new ProgramTopic("Chuyên đề 1", null, TopicKind.LECTURE, 4));
        long classId = data.newClass("ACL", LocalDate.of(2031, 3, 2), LocalDate.of(2031, 3, 6), "Hội trường A");
        programme.addTopic(classId, new ClassTopic("Khai giảng", null, TopicKind.OPENING, 1), null);
        ClassTopic classTopic = programme.addTopic(classId, new ClassTopic("Chuyên đề 1", null, TopicKind.LECTURE,
                4), null);
        ClassSession session = timetable.add(classId, new ClassSession(LocalDate.of(2031, 3, 2), DayPart.MORNING),
                null, null);
        BoardMember member = board.add(classId, new BoardMember(BoardRole.MEMBER, "Thành Viên Thử"), null);
        Decision decision = decisions.create(new Decision("ACL-" + suffix, LocalDate.of(2031, 3, 1), "Tỉnh ủy",
                DecisionKind.OTHER, "Quyết định thử quyền"), new DecisionService.Links(null, classId), null);
        long topicId = classTopic.requireId();
        long planVersionId = topicPlans.saveDraft(topicId, null, 0, new PlanContent("Nắm được nội dung.", null,
                null, List.of(new PlanContent.Section("Phần 1", null, 4)), null, null, null, null)).plan().working()
                .id();
        topicPlans.attach(topicId, planVersionId, AttachmentKind.PLAN_DOCUMENT, "de-cuong.pdf",
                "%PDF-1.4 thử".getBytes(StandardCharsets.UTF_8));
        return new Fixture(user, unit, lecturer, plan, program, programTopic, classes.get(classId).orElseThrow(),
                classTopic, session, member, decision, topicPlans.plan(topicId).working(),
                enrolled(classId, trainees.create(new Trainee("Học Viên Thử " + suffix()), TraineeService.Links.none(),
                        true)));
    }

    /** The trainee, enrolled in the class so that a removal has something to aim at. */
    private Trainee enrolled(long classId, Trainee trainee) {
        enrollments.enrol(classId, trainee.requireId());
        return trainee;
    }

    /** What the refused calls could have changed, read as the administrator. */
    private List<Object> state(Fixture f) {
        long classId = f.trainingClass().requireId();
        return List.of(
                users.count(UserService.Filter.all()), users.get(f.user().requireId()).orElseThrow().getVersion(),
                units.countSearch(""), units.get(f.unit().requireId()).orElseThrow().getVersion(),
                lecturers.count(new LecturerService.Filter(null, null)),
                lecturers.get(f.lecturer().requireId()).orElseThrow().getVersion(),
                plans.count(null), plans.get(f.plan().requireId()).orElseThrow().getVersion(),
                programs.count(null), programs.get(f.program().requireId()).orElseThrow().getVersion(),
                programs.topics(f.program().requireId()).stream()
                        .map(t -> List.of(t.requireId(), t.getPosition(), t.getVersion())).toList(),
                classes.count(TrainingClassService.Filter.all()),
                classes.get(classId).map(c -> List.of(c.getVersion(), c.getStatus())).orElseThrow(),
                programme.topics(classId), timetable.sessions(classId), board.members(classId),
                decisions.count(DecisionService.Filter.all()),
                decisions.get(f.decision().requireId()).orElseThrow().getVersion(),
                topicPlans.plan(f.classTopic().requireId()), topicPlans.deadline(classId),
                trainees.count(TraineeService.Filter.text(null)),
                trainees.get(f.trainee().requireId()).orElseThrow().getVersion(),
                enrollments.roster(classId, new EnrollmentService.RosterFilter(null), Pageable.unpaged()));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static <T> T asAdmin(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(authentication("admin", Role.ADMIN));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static void signInAs(Role role) {
        String username = switch (role) {
            case ADMIN -> "admin";
            case ORGANIZER -> "organizer";
            case LECTURER -> "lecturer";
            case VIEWER -> "viewer";
        };
        SecurityContextHolder.getContext().setAuthentication(authentication(username, role));
    }

    private static TestingAuthenticationToken authentication(String username, Role role) {
        var token = new TestingAuthenticationToken(username, "n/a", role.authority());
        token.setAuthenticated(true);
        return token;
    }
}
