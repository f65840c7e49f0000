package vn.lopboiduong.topicplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.lopboiduong.TestData;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.klass.programme.ApplyMode;
import vn.lopboiduong.klass.programme.ClassTopic;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.program.Program;
import vn.lopboiduong.program.ProgramService;
import vn.lopboiduong.program.ProgramTopic;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.topicplan.TopicPlanService.MyFilter;
import vn.lopboiduong.topicplan.TopicPlanService.MyTopicRow;
import vn.lopboiduong.topicplan.TopicPlanService.PlanView;
import vn.lopboiduong.topicplan.TopicPlanService.QueueFilter;
import vn.lopboiduong.topicplan.TopicPlanService.QueueRow;
import vn.lopboiduong.topicplan.TopicPlanService.StepRow;
import vn.lopboiduong.topicplan.TopicPlanService.VersionView;

/**
 * Topic plans per role: the demo account "lecturer" (Hoàng Minh Tuấn) writes the plans of their own topics only,
 * the committee reviews, leaders read. This test owns the dates of 2033 and of May 2019 (a class already started,
 * for the default deadline); its classes have no sessions.
 */
@SpringBootTest
class TopicPlanServiceIntegrationTest {

    private static final String TITLE = "Chủ trương, quy định mới về công tác đảng viên hiện nay";

    @Autowired
    TopicPlanService service;

    @Autowired
    ClassTopicService programme;

    @Autowired
    TestData data;

    @Autowired
    ProgramService programs;

    @Autowired
    java.time.Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A class of 2033 (or the given start) with a topic of Hoàng Minh Tuấn and one of a guest without an account. */
    private record Fixture(long classId, long ownTopic, long guestTopic) {
    }

    private Fixture fixture(LocalDate start) {
        return as("organizer", "ORGANIZER", () -> {
            long classId = data.newClass("TPL", start, start.plusDays(2), null);
            long own = programme.addTopic(classId, new ClassTopic(TITLE, "Nghiệp vụ công tác Đảng",
                    TopicKind.LECTURE, 5), data.lecturerId("hoang minh tuan")).requireId();
            long guest = programme.addTopic(classId, new ClassTopic("Chủ trương, quy định mới của Đảng về công tác "
                    + "dân vận", "Nghiệp vụ công tác Đảng", TopicKind.LECTURE, 5), data.lecturerId("le thi hong nhung"))
                    .requireId();
            programme.addTopic(classId, new ClassTopic("Khai giảng lớp học", null, TopicKind.OPENING, 1),
                    data.lecturerId("hoang minh tuan"));
            return new Fixture(classId, own, guest);
        });
    }

    private static PlanContent content(String knowledge, int... periods) {
        List<PlanContent.Section> sections = new java.util.ArrayList<>();
        for (int i = 0; i < periods.length; i++) {
            sections.add(new PlanContent.Section("Phần " + (i + 1), "Nội dung phần " + (i + 1), periods[i]));
        }
        return new PlanContent(knowledge, "Vận dụng quy định vào quản lý đảng viên ở chi bộ.",
                "Nêu cao tinh thần trách nhiệm.", sections, "Thuyết trình kết hợp nêu vấn đề, thảo luận.",
                "Quy định số 232-QĐ/TW; Hướng dẫn số 12-HD/BTCTW.", "Những khó khăn khi quản lý đảng viên nơi cư trú?",
                "Đọc trước Quy định số 232-QĐ/TW.");
    }

    private PlanView draft(long topicId, String knowledge, int... periods) {
        PlanView plan = service.plan(topicId);
        VersionView working = plan.working();
        return working == null ? service.saveDraft(topicId, null, 0, content(knowledge, periods)).plan()
                : service.saveDraft(topicId, working.id(), working.entityVersion(), content(knowledge, periods))
                        .plan();
    }

    private PlanView submit(long topicId) {
        VersionView working = service.plan(topicId).working();
        return service.submit(topicId, working.id(), working.entityVersion());
    }

    private PlanView approve(long topicId) {
        VersionView working = service.plan(topicId).working();
        return service.approve(topicId, working.id(), working.entityVersion(), null);
    }

    @Test
    void aPlanStartsFromTheProgrammesWordOnTheTopicWhichTheClassCopiedWithIt() {
        long classId = as("organizer", "ORGANIZER", () -> {
            long id = data.newClass("TPP", LocalDate.of(2033, 6, 6), LocalDate.of(2033, 6, 8), null);
            long programId = programs.save(new Program("Chương trình đề cương "
                    + UUID.randomUUID())).requireId();
            var item = new ProgramTopic(TITLE, "Nghiệp vụ", TopicKind.LECTURE, 5);
            item.setObjectives("Nắm được những điểm mới về công tác đảng viên.");
            item.setMainContent("1. Điều lệ Đảng và hướng dẫn mới\n\n- Kết nạp đảng viên\n  • Quản lý hồ sơ đảng viên");
            programs.addTopic(programId, item);
            programs.addTopic(programId, new ProgramTopic("Công tác dân vận", "Nghiệp vụ",
                    TopicKind.LECTURE, 5));
            programme.applyProgram(id, programId, ApplyMode.APPEND);
            for (var row : programme.topics(id)) {
                programme.updateTopic(programme.getTopic(row.id()), data.lecturerId("hoang minh tuan"));
            }
            return id;
        });
        List<Long> topics = as("organizer", "ORGANIZER",
                () -> programme.topics(classId).stream().map(r -> r.id()).toList());

        signIn("lecturer", "LECTURER");
        PlanView empty = service.plan(topics.get(0));
        assertThat(empty.topic().hasProgrammeContent()).isTrue();
        PlanContent started = service.startFromProgramme(topics.get(0), null, 0).plan().working().content();
        assertThat(started.knowledge()).isEqualTo("Nắm được những điểm mới về công tác đảng viên.");
        assertThat(started.sections()).extracting(PlanContent.Section::title).containsExactly(
                "Điều lệ Đảng và hướng dẫn mới", "Kết nạp đảng viên", "Quản lý hồ sơ đảng viên");
        assertThat(started.sections()).extracting(PlanContent.Section::periods).containsExactly(2, 2, 1);

        assertThat(service.plan(topics.get(1)).topic().hasProgrammeContent()).isFalse();
        assertThatThrownBy(() -> service.startFromProgramme(topics.get(1), null, 0))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("topic-plans.error.no-programme-content");
        assertThat(service.plan(topics.get(1)).working()).as("a refused start stores nothing").isNull();
        Fixture other = fixture(LocalDate.of(2033, 6, 20));
        signIn("lecturer", "LECTURER");
        assertThatThrownBy(() -> service.startFromProgramme(other.guestTopic(), null, 0))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("error.not-found");
    }

    @Test
    void myPlanCountsFollowEachStepOfMyPlans() {
        signIn("lecturer", "LECTURER");
        TopicPlanService.MyPlanCounts before = service.myPlanCounts();
        Fixture f = fixture(LocalDate.of(2033, 11, 7));
        signIn("lecturer", "LECTURER");
        TopicPlanService.MyPlanCounts added = service.myPlanCounts();
        assertThat(added.notStarted()).as("the fixture's lecture (an opening needs no plan)")
                .isEqualTo(before.notStarted() + 1);
        draft(f.ownTopic(), "Nắm được quy định mới.", 5);
        assertThat(service.myPlanCounts().of(TopicPlanStatus.DRAFT)).isEqualTo(before.of(TopicPlanStatus.DRAFT) + 1);
        assertThat(service.myPlanCounts().notStarted()).isEqualTo(before.notStarted());
        submit(f.ownTopic());
        TopicPlanService.MyPlanCounts after = service.myPlanCounts();
        assertThat(after.of(TopicPlanStatus.SUBMITTED)).isEqualTo(before.of(TopicPlanStatus.SUBMITTED) + 1);
        assertThat(after.of(TopicPlanStatus.DRAFT)).isEqualTo(before.of(TopicPlanStatus.DRAFT));
        assertThat(after.overdue()).isEqualTo(service.countMyTopics(new MyFilter(null, null, true)));
    }

    @Test
    void aPlanGoesFromDraftThroughReturnToApprovedWithEveryStepInItsHistory() {
        Fixture f = fixture(LocalDate.of(2033, 3, 14));
        signIn("lecturer", "LECTURER");
        PlanView empty = service.plan(f.ownTopic());
        assertThat(empty.working()).isNull();
        assertThat(empty.actions().edit()).isTrue();
        assertThat(empty.deadline()).isEqualTo(LocalDate.of(2033, 3, 7));
        assertThat(empty.overdue()).isFalse();

        var saved = service.saveDraft(f.ownTopic(), null, 0, content("Nắm được quy định mới.", 2, 2));
        assertThat(saved.periods().matches()).as("4 periods of 5 are a warning, not a refusal").isFalse();
        assertThat(saved.plan().working().status()).isEqualTo(TopicPlanStatus.DRAFT);
        assertThat(draft(f.ownTopic(), "Nắm được quy định mới.", 2, 3).working().content().sectionPeriods())
                .isEqualTo(5);
        PlanView submitted = submit(f.ownTopic());
        assertThat(submitted.working().status()).isEqualTo(TopicPlanStatus.SUBMITTED);
        assertThat(submitted.actions().edit()).isFalse();
        assertThatThrownBy(() -> draft(f.ownTopic(), "Sửa sau khi gửi.", 5)).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("topic-plans.error.read-only");
        VersionView waiting = submitted.working();
        assertThatThrownBy(() -> service.approve(f.ownTopic(), waiting.id(), waiting.entityVersion(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.returnPlan(f.ownTopic(), waiting.id(), waiting.entityVersion(), "Sửa"))
                .isInstanceOf(AccessDeniedException.class);

        signIn("organizer", "ORGANIZER");
        assertThat(service.queue(new QueueFilter(f.classId(), null, TopicPlanStatus.SUBMITTED, false),
                PageRequest.of(0, 10))).extracting(QueueRow::topicId).containsExactly(f.ownTopic());
        assertThat(service.plan(f.ownTopic()).actions().review()).isTrue();
        assertThatThrownBy(() -> service.returnPlan(f.ownTopic(), waiting.id(), waiting.entityVersion(), "  "))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("topic-plans.error.return-comment");
        PlanView returned = service.returnPlan(f.ownTopic(), waiting.id(), waiting.entityVersion(),
                "Đề nghị bổ sung câu hỏi thảo luận về quản lý đảng viên nơi cư trú.");
        assertThat(returned.working().status()).isEqualTo(TopicPlanStatus.RETURNED);
        assertThat(returned.working().reviewComment()).startsWith("Đề nghị bổ sung");

        signIn("lecturer", "LECTURER");
        assertThat(service.myReminders().returned()).isGreaterThanOrEqualTo(1);
        assertThat(service.myTopics(new MyFilter(f.classId(), null, false), PageRequest.of(0, 10)))
                .extracting(MyTopicRow::topicId, MyTopicRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(f.ownTopic(), TopicPlanStatus.RETURNED));
        draft(f.ownTopic(), "Nắm được quy định mới, kể cả nơi cư trú.", 2, 3);
        submit(f.ownTopic());

        signIn("organizer", "ORGANIZER");
        PlanView approved = approve(f.ownTopic());
        assertThat(approved.working().status()).isEqualTo(TopicPlanStatus.APPROVED);
        assertThat(approved.inForce().id()).isEqualTo(approved.working().id());
        assertThat(approved.actions().edit()).isFalse();

        signIn("lecturer", "LECTURER");
        assertThatThrownBy(() -> draft(f.ownTopic(), "Sửa bản đã duyệt.", 5)).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("topic-plans.error.read-only");
        assertThat(service.history(f.ownTopic())).extracting(StepRow::from, StepRow::to, StepRow::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, TopicPlanStatus.DRAFT, "lecturer"),
                        org.assertj.core.groups.Tuple.tuple(TopicPlanStatus.DRAFT, TopicPlanStatus.SUBMITTED,
                                "lecturer"),
                        org.assertj.core.groups.Tuple.tuple(TopicPlanStatus.SUBMITTED, TopicPlanStatus.RETURNED,
                                "organizer"),
                        org.assertj.core.groups.Tuple.tuple(TopicPlanStatus.RETURNED, TopicPlanStatus.SUBMITTED,
                                "lecturer"),
                        org.assertj.core.groups.Tuple.tuple(TopicPlanStatus.SUBMITTED, TopicPlanStatus.APPROVED,
                                "organizer"));
        assertThat(service.history(f.ownTopic()).get(2).comment()).startsWith("Đề nghị bổ sung");
    }

    @Test
    void aRevisionLeavesTheApprovedVersionInForceUntilItIsApprovedItself() {
        Fixture f = fixture(LocalDate.of(2033, 4, 11));
        signIn("lecturer", "LECTURER");
        draft(f.ownTopic(), "Nắm được quy định mới.", 5);
        submit(f.ownTopic());
        signIn("admin", "ADMIN");
        PlanView first = approve(f.ownTopic());

        signIn("lecturer", "LECTURER");
        assertThat(first.working().number()).isEqualTo(1);
        PlanView revised = service.revise(f.ownTopic(), first.working().id(), first.working().entityVersion());
        assertThat(revised.working().number()).isEqualTo(2);
        assertThat(revised.working().status()).isEqualTo(TopicPlanStatus.DRAFT);
        assertThat(revised.working().content()).isEqualTo(first.working().content());
        assertThat(revised.inForce().number()).isEqualTo(1);
        draft(f.ownTopic(), "Nắm được quy định mới và hướng dẫn thi hành.", 5);
        submit(f.ownTopic());
        PlanView waiting = service.plan(f.ownTopic());
        assertThat(waiting.inForce().status()).isEqualTo(TopicPlanStatus.APPROVED);
        assertThat(waiting.inForce().content().knowledge()).isEqualTo("Nắm được quy định mới.");
        assertThat(service.compare(f.ownTopic(), 2).changedFields()).containsExactly("knowledge");
        assertThat(service.compare(f.ownTopic(), 1).previousApprovedNumber()).isNull();

        signIn("organizer", "ORGANIZER");
        PlanView second = approve(f.ownTopic());
        assertThat(second.inForce().number()).isEqualTo(2);
        assertThat(service.versions(f.ownTopic())).extracting(VersionView::number, VersionView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, TopicPlanStatus.SUPERSEDED),
                        org.assertj.core.groups.Tuple.tuple(2, TopicPlanStatus.APPROVED));
        assertThat(service.history(f.ownTopic())).extracting(StepRow::to).endsWith(TopicPlanStatus.APPROVED,
                TopicPlanStatus.SUPERSEDED);
    }

    @Test
    void aLecturerFindsNoOtherLecturersPlanAndCannotChangeIt() {
        Fixture f = fixture(LocalDate.of(2033, 5, 9));
        signIn("organizer", "ORGANIZER");
        draft(f.guestTopic(), "Nắm được quan điểm về công tác dân vận.", 5);
        long versionId = service.plan(f.guestTopic()).working().id();

        signIn("lecturer", "LECTURER");
        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> service.plan(f.guestTopic()), () -> service.versions(f.guestTopic()),
                () -> service.history(f.guestTopic()), () -> service.compare(f.guestTopic(), 1),
                () -> service.saveDraft(f.guestTopic(), versionId, 0, PlanContent.empty()),
                () -> service.submit(f.guestTopic(), versionId, 0), () -> service.revise(f.guestTopic(), versionId, 0),
                () -> service.copySources(f.guestTopic()),
                () -> service.attach(f.guestTopic(), versionId, AttachmentKind.PLAN_DOCUMENT, "a.pdf", pdf()),
                // A topic that does not exist is refused in the same words.
                () -> service.plan(Long.MAX_VALUE))) {
            assertThatThrownBy(call).isInstanceOf(BusinessException.class).hasMessageStartingWith("error.not-found");
        }
        assertThat(service.classPlans(f.classId())).extracting(TopicPlanService.ClassPlanRow::topicId)
                .containsExactly(f.ownTopic());
        assertThatThrownBy(() -> service.queue(QueueFilter.all(), PageRequest.of(0, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCommitteeSubmitsForAGuestWithoutAnAccountOnly() {
        Fixture f = fixture(LocalDate.of(2033, 6, 13));
        signIn("organizer", "ORGANIZER");
        draft(f.guestTopic(), "Nắm được quan điểm về công tác dân vận.", 5);
        assertThat(submit(f.guestTopic()).working().status()).isEqualTo(TopicPlanStatus.SUBMITTED);
        draft(f.ownTopic(), "Ban tổ chức nhập giúp.", 5);
        assertThat(service.plan(f.ownTopic()).actions().submit()).isFalse();
        assertThatThrownBy(() -> submit(f.ownTopic())).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("topic-plans.error.submit-by-lecturer");
        assertThat(service.classPlans(f.classId())).extracting(TopicPlanService.ClassPlanRow::topicId)
                .containsExactly(f.ownTopic(), f.guestTopic());
    }

    @Test
    void aViewerReadsEveryPlanAndChangesNothing() {
        Fixture f = fixture(LocalDate.of(2033, 7, 11));
        signIn("lecturer", "LECTURER");
        draft(f.ownTopic(), "Nắm được quy định mới.", 5);
        VersionView working = service.plan(f.ownTopic()).working();
        long attachment = service.attach(f.ownTopic(), working.id(), AttachmentKind.PLAN_DOCUMENT, "de-cuong.pdf",
                pdf()).id();
        submit(f.ownTopic());
        VersionView submitted = service.plan(f.ownTopic()).working();

        signIn("viewer", "VIEWER");
        PlanView read = service.plan(f.ownTopic());
        assertThat(read.working().status()).isEqualTo(TopicPlanStatus.SUBMITTED);
        assertThat(read.actions()).isEqualTo(new TopicPlanService.Actions(false, false, false, false));
        assertThat(service.download(f.ownTopic(), attachment).content()).isEqualTo(pdf());
        assertThat(service.queue(new QueueFilter(f.classId(), null, null, false), PageRequest.of(0, 5))).hasSize(2);
        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> service.saveDraft(f.ownTopic(), submitted.id(), submitted.entityVersion(), PlanContent.empty()),
                () -> service.submit(f.ownTopic(), submitted.id(), submitted.entityVersion()),
                () -> service.approve(f.ownTopic(), submitted.id(), submitted.entityVersion(), null),
                () -> service.returnPlan(f.ownTopic(), submitted.id(), submitted.entityVersion(), "Không đạt"),
                () -> service.revise(f.ownTopic(), submitted.id(), submitted.entityVersion()),
                () -> service.copyFrom(f.ownTopic(), submitted.id(), submitted.entityVersion(), f.guestTopic()),
                () -> service.attach(f.ownTopic(), submitted.id(), AttachmentKind.SLIDES, "s.pdf", pdf()),
                () -> service.removeAttachment(f.ownTopic(), attachment),
                () -> service.setDeadline(f.classId(), LocalDate.of(2033, 7, 1)))) {
            assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(service.plan(f.ownTopic()).working()).isEqualTo(submitted);
    }

    @Test
    void aPlanIsOverdueOnceItsDeadlinePassesUnlessItWasHandedIn() {
        Fixture future = fixture(LocalDate.of(2033, 9, 12));
        Fixture started = fixture(LocalDate.of(2019, 5, 6));
        Fixture ownDate = fixture(LocalDate.of(2033, 10, 10));
        signIn("organizer", "ORGANIZER");
        assertThat(service.deadline(future.classId()))
                .isEqualTo(new TopicPlanService.Deadline(LocalDate.of(2033, 9, 5), false));
        // The committee brings a class's date forward, far into the past: its plans are overdue already.
        assertThat(service.setDeadline(ownDate.classId(), LocalDate.of(2020, 1, 2)))
                .isEqualTo(new TopicPlanService.Deadline(LocalDate.of(2020, 1, 2), true));
        draft(ownDate.guestTopic(), "Nắm được quan điểm về công tác dân vận.", 5);
        submit(ownDate.guestTopic());
        assertThat(service.queue(new QueueFilter(ownDate.classId(), null, null, true), PageRequest.of(0, 5)))
                .extracting(QueueRow::topicId).containsExactly(ownDate.ownTopic());
        assertThat(service.count(new QueueFilter(started.classId(), null, null, true))).isEqualTo(2);
        assertThat(service.count(new QueueFilter(future.classId(), null, null, true))).isZero();
        assertThat(service.classPlans(ownDate.classId())).extracting(TopicPlanService.ClassPlanRow::overdue)
                .containsExactly(true, false);

        signIn("lecturer", "LECTURER");
        List<MyTopicRow> mine = service.myTopics(MyFilter.all(), PageRequest.of(0, 500));
        assertThat(mine).filteredOn(row -> row.topicId() == ownDate.ownTopic()).singleElement()
                .satisfies(row -> assertThat(row.overdue()).isTrue());
        assertThat(mine).filteredOn(row -> row.topicId() == future.ownTopic()).singleElement()
                .satisfies(row -> assertThat(row.overdue()).isFalse());
        // Overdue (and returned) plans come first.
        int firstOnTime = mine.indexOf(mine.stream().filter(row -> !row.overdue()
                && row.status() != TopicPlanStatus.RETURNED).findFirst().orElseThrow());
        assertThat(mine.subList(firstOnTime, mine.size())).noneMatch(MyTopicRow::overdue);
        assertThat(service.countMyTopics(new MyFilter(started.classId(), null, true))).isEqualTo(1);
        assertThat(service.plan(started.ownTopic()).overdue()).isTrue();
        draft(started.ownTopic(), "Nắm được quy định mới.", 5);
        submit(started.ownTopic());
        assertThat(service.plan(started.ownTopic()).overdue()).isFalse();
        signIn("organizer", "ORGANIZER");
        assertThat(service.setDeadline(ownDate.classId(), null).classOwn()).isFalse();
        assertThat(service.waitingForReview()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void attachmentsAreCheckedByTheirContent() {
        Fixture f = fixture(LocalDate.of(2033, 11, 7));
        signIn("lecturer", "LECTURER");
        draft(f.ownTopic(), "Nắm được quy định mới.", 5);
        long versionId = service.plan(f.ownTopic()).working().id();
        byte[] text = "Đề cương chuyên đề".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> service.attach(f.ownTopic(), versionId, AttachmentKind.PLAN_DOCUMENT,
                "de-cuong.docx", text)).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("topic-plans.file.not-document");
        // A ZIP is not a Word document unless it holds one; a presentation is not a plan document either.
        assertThatThrownBy(() -> service.attach(f.ownTopic(), versionId, AttachmentKind.PLAN_DOCUMENT,
                "de-cuong.docx", zip("ppt/presentation.xml"))).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> service.attach(f.ownTopic(), versionId, AttachmentKind.SLIDES, "bai-giang.pptx",
                zip("word/document.xml"))).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("topic-plans.file.not-slides");
        assertThatThrownBy(() -> service.attach(f.ownTopic(), versionId, AttachmentKind.PLAN_DOCUMENT,
                "de-cuong.pdf", new byte[0])).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("topic-plans.file.empty");
        byte[] docx = zip("word/document.xml");
        var document = service.attach(f.ownTopic(), versionId, AttachmentKind.PLAN_DOCUMENT,
                "C:\\Tai lieu\\de-cuong.docx", docx);
        assertThat(document.fileName()).isEqualTo("de-cuong.docx");
        var slides = service.attach(f.ownTopic(), versionId, AttachmentKind.SLIDES, "bai-giang.pptx",
                zip("ppt/presentation.xml"));
        service.attach(f.ownTopic(), versionId, AttachmentKind.SLIDES, "bai-giang.pdf", pdf());
        assertThat(service.download(f.ownTopic(), document.id()).content()).isEqualTo(docx);
        service.removeAttachment(f.ownTopic(), slides.id());
        assertThat(service.plan(f.ownTopic()).working().attachments()).extracting(a -> a.fileName())
                .containsExactly("de-cuong.docx", "bai-giang.pdf");
        assertThat(AttachmentCheckProbe.tooLarge()).hasMessageStartingWith("topic-plans.file.too-large");

        // A submitted version's attachments stay as they were.
        submit(f.ownTopic());
        assertThatThrownBy(() -> service.removeAttachment(f.ownTopic(), document.id()))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("topic-plans.error.read-only");
    }

    /** The size limit, without sending 20 MB through the database. */
    private static final class AttachmentCheckProbe {
        static BusinessException tooLarge() {
            try {
                AttachmentCheck.check(AttachmentKind.PLAN_DOCUMENT, "a.pdf", pdf(), 3);
                throw new AssertionError("a file over the limit was accepted");
            } catch (BusinessException e) {
                return e;
            }
        }
    }

    @Test
    void aPlanStartsFromTheLecturersApprovedPlanOfTheSameTopicInAnotherClass() {
        Fixture earlier = fixture(LocalDate.of(2033, 1, 10));
        Fixture later = fixture(LocalDate.of(2033, 2, 14));
        signIn("lecturer", "LECTURER");
        draft(earlier.ownTopic(), "Nắm được quy định mới.", 2, 3);
        submit(earlier.ownTopic());
        signIn("organizer", "ORGANIZER");
        approve(earlier.ownTopic());

        signIn("lecturer", "LECTURER");
        assertThat(service.copySources(later.ownTopic())).extracting(TopicPlanService.CopySource::topicId)
                .contains(earlier.ownTopic()).doesNotContain(later.ownTopic(), earlier.guestTopic());
        var copied = service.copyFrom(later.ownTopic(), null, 0, earlier.ownTopic());
        assertThat(copied.plan().working().content())
                .isEqualTo(service.plan(earlier.ownTopic()).inForce().content());
        assertThat(copied.periods().matches()).isTrue();
        // Another lecturer's plan is no source.
        assertThatThrownBy(() -> service.copyFrom(later.ownTopic(), copied.plan().working().id(),
                copied.plan().working().entityVersion(), earlier.guestTopic())).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("error.not-found");
    }

    @Test
    void aStaleSaveIsRefused() {
        Fixture f = fixture(LocalDate.of(2033, 12, 5));
        signIn("lecturer", "LECTURER");
        VersionView first = draft(f.ownTopic(), "Nắm được quy định mới.", 5).working();
        service.saveDraft(f.ownTopic(), first.id(), first.entityVersion(), content("Bản thứ hai.", 5));
        assertThatThrownBy(() -> service.saveDraft(f.ownTopic(), first.id(), first.entityVersion(),
                content("Bản cũ ghi đè.", 5))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> service.saveDraft(f.ownTopic(), null, 0, content("Bản mới song song.", 5)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.plan(f.ownTopic()).working().content().knowledge()).isEqualTo("Bản thứ hai.");
    }

    @Test
    void textsLongerThanTheirColumnsAreRefusedBeforeTheDatabase() {
        Fixture f = fixture(LocalDate.of(2033, 8, 8));
        signIn("lecturer", "LECTURER");
        String tooLong = "ệ".repeat(PlanContent.TEXT_MAX + 1);
        assertThatThrownBy(() -> service.saveDraft(f.ownTopic(), null, 0, content(tooLong, 5)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThatThrownBy(() -> service.saveDraft(f.ownTopic(), null, 0, new PlanContent(null, null, null,
                List.of(new PlanContent.Section(" ", null, 5)), null, null, null, null)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        VersionView saved = draft(f.ownTopic(), "ệ".repeat(PlanContent.TEXT_MAX), 5).working();
        assertThat(saved.content().knowledge()).hasSize(PlanContent.TEXT_MAX);
        submit(f.ownTopic());
        signIn("organizer", "ORGANIZER");
        VersionView waiting = service.plan(f.ownTopic()).working();
        assertThatThrownBy(() -> service.returnPlan(f.ownTopic(), waiting.id(), waiting.entityVersion(), tooLong))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
    }

    @Test
    void theDemoShowsEveryStateAndTheDemoLecturerHasPlansInSeveral() {
        signIn("lecturer", "LECTURER");
        assertThat(service.myTopics(MyFilter.all(), PageRequest.of(0, 500)).stream()
                .filter(row -> row.classCode().startsWith("NVCTD-") || row.classCode().startsWith("PBT-"))
                .map(MyTopicRow::status)).contains(TopicPlanStatus.APPROVED, TopicPlanStatus.SUBMITTED,
                        TopicPlanStatus.RETURNED, TopicPlanStatus.DRAFT);
        signIn("viewer", "VIEWER");
        long next = data.classId("NVCTD-VT-2026-II");
        var rows = service.classPlans(next);
        assertThat(rows).extracting(TopicPlanService.ClassPlanRow::status).contains(TopicPlanStatus.SUBMITTED,
                TopicPlanStatus.RETURNED, TopicPlanStatus.DRAFT, null);
        assertThat(service.deadline(next)).isEqualTo(new TopicPlanService.Deadline(LocalDate.of(2026, 11, 25), true));
        boolean passed = LocalDate.now(clock).isAfter(LocalDate.of(2026, 11, 25));
        assertThat(rows).filteredOn(row -> row.status() == null || row.status() == TopicPlanStatus.RETURNED)
                .allMatch(row -> row.overdue() == passed);
        long returned = rows.stream().filter(row -> row.status() == TopicPlanStatus.RETURNED).findFirst()
                .orElseThrow().topicId();
        assertThat(service.plan(returned).working().reviewComment()).contains("232-QĐ/TW");
        assertThat(service.classPlans(data.classId("NVCTD-VT-2025-I")))
                .allMatch(row -> row.status() == TopicPlanStatus.APPROVED);
    }

    static byte[] pdf() {
        return "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A minimal Office Open XML package holding the one entry that says what it is. */
    static byte[] zip(String entry) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void signIn(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null,
                "ROLE_" + role));
    }

    private static <T> T as(String username, String role, Supplier<T> work) {
        signIn(username, role);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
