package vn.lopboiduong.topicplan;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.domain.UploadedFiles;
import vn.lopboiduong.klass.ClassReaders;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.programme.ClassTopic;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.security.Roles;

/**
 * Lecturers' topic plans and their review. A lecturer reads and edits only the plans of topics they teach (any
 * other topic is "not found", as a missing one); the committee reads, edits and reviews all, and enters and submits
 * plans for guest lecturers without an account; leaders read all and change nothing. A plan's versions move only
 * as {@link TopicPlanStatus} allows, and every move is written to the plan's history.
 *
 * <p>Plans are kept for the topics that are taught (lectures, discussions, field studies); openings, closings and
 * exams have none. A plan is due by its class's own date, else {@code app.topic-plans.deadline-days} before the
 * class starts; it is overdue when that day has passed and no version was submitted or approved.
 */
@Service
@Validated
@Transactional
public class TopicPlanService {

    /** Who may change plans: the committee all of them, a lecturer those of their own topics (checked per topic). */
    static final String EDITORS = "hasAnyRole('" + Roles.ADMIN + "', '" + Roles.ORGANIZER + "', '"
            + Roles.LECTURER + "')";

    static final Set<TopicKind> PLANNED_KINDS = EnumSet.of(TopicKind.LECTURE, TopicKind.DISCUSSION,
            TopicKind.FIELD_STUDY);
    static final Set<TopicPlanStatus> EDITABLE = EnumSet.of(TopicPlanStatus.DRAFT, TopicPlanStatus.RETURNED);
    /** "Deadlines within a week", for the lecturer's reminders. */
    private static final int SOON_DAYS = 7;

    static final String FROM_ROWS = " " + """
             from ClassTopic t join t.trainingClass c left join t.lecturer l left join l.user lu
             left join TopicPlan p on p.topic = t left join p.current v left join p.inForce f
             left join PlanDeadline d on d.classId = c.id
             where t.kind in :plannedKinds""";
    /** Nothing submitted and nothing approved: what a deadline waits for. */
    static final String NOT_HANDED_IN = "(f.id is null and (v.id is null or v.status in :editable))";
    /** The deadline (the class's own, else its start minus the configured days) has passed. */
    private static final String OVERDUE = "(" + NOT_HANDED_IN + " and ((d.dueDate is not null and d.dueDate < :today)"
            + " or (d.dueDate is null and c.startDate < :overdueStart)))";
    private static final String DUE_SOON = "(" + NOT_HANDED_IN
            + " and ((d.dueDate is not null and d.dueDate between :today and :soonEnd)"
            + " or (d.dueDate is null and c.startDate between :overdueStart and :soonStartEnd)))";
    private static final String READ_RULE = " and (:teacher is null or t.id in ("
            + ClassReaders.TOPIC_IDS_TAUGHT_BY_TEACHER + "))";

    private final TopicPlanRepository plans;
    private final TopicPlanVersionRepository versions;
    private final TopicPlanStepRepository steps;
    private final TopicPlanAttachmentRepository attachments;
    private final TopicPlanFileRepository files;
    private final PlanDeadlineRepository deadlines;
    private final TrainingClassService classes;
    private final TopicPlanProperties properties;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TopicPlanService(TopicPlanRepository plans, TopicPlanVersionRepository versions, TopicPlanStepRepository steps,
            TopicPlanAttachmentRepository attachments, TopicPlanFileRepository files,
            PlanDeadlineRepository deadlines, TrainingClassService classes, TopicPlanProperties properties,
            EntityManager entityManager, Clock clock, ApplicationEventPublisher events) {
        this.plans = plans;
        this.versions = versions;
        this.steps = steps;
        this.attachments = attachments;
        this.files = files;
        this.deadlines = deadlines;
        this.classes = classes;
        this.properties = properties;
        this.entityManager = entityManager;
        this.clock = clock;
        this.events = events;
    }

    /** What the lecturer's list of topics filters by; {@code null} means any. */
    public record MyFilter(@Nullable Long classId, @Nullable TopicPlanStatus status, boolean overdueOnly) {

        public static MyFilter all() {
            return new MyFilter(null, null, false);
        }
    }

    /** What the committee's queue filters by; {@code null} means any. */
    public record QueueFilter(@Nullable Long classId, @Nullable Long lecturerId, @Nullable TopicPlanStatus status,
            boolean overdueOnly) {

        /** The plans waiting for review: the queue's first look. */
        public static QueueFilter waiting() {
            return new QueueFilter(null, null, TopicPlanStatus.SUBMITTED, false);
        }

        public static QueueFilter all() {
            return new QueueFilter(null, null, null, false);
        }
    }

    /**
     * One of my topics: its class, dates (its sessions', else the class's), periods, where its plan stands
     * ({@code status} null: not started), the deadline and whether it has passed.
     */
    public record MyTopicRow(long topicId, long classId, String classCode, String className, String topicTitle,
            TopicKind kind, int periods, @Nullable LocalDate firstDate, @Nullable LocalDate lastDate,
            @Nullable TopicPlanStatus status, boolean hasApproved, @Nullable LocalDate deadline, boolean overdue) {
    }

    /** A line of the committee's queue. */
    public record QueueRow(long topicId, long classId, String classCode, String topicTitle, @Nullable Long lecturerId,
            @Nullable String lecturerName, @Nullable TopicPlanStatus status, @Nullable Integer versionNumber,
            @Nullable LocalDateTime submittedAt, @Nullable LocalDate deadline, boolean overdue) {
    }

    /** A topic on the class's plans tab: its lecturer, plan status, deadline and last change. */
    public record ClassPlanRow(long topicId, int position, String topicTitle, TopicKind kind, int periods,
            @Nullable String lecturerName, @Nullable TopicPlanStatus status, @Nullable Integer versionNumber,
            boolean hasApproved, @Nullable LocalDate deadline, boolean overdue, @Nullable LocalDateTime lastChange) {
    }

    /** The topic a plan is for. */
    public record TopicInfo(long topicId, long classId, String classCode, String className, String title,
            TopicKind kind, int periods, @Nullable String lecturerName, boolean lecturerHasAccount,
            boolean hasProgrammeContent) {
    }

    /** A file attached to a version. */
    public record AttachmentRow(long id, AttachmentKind kind, String fileName, long size) {
    }

    /** One version of a plan as stored; {@code entityVersion} goes back with a save or a step (optimistic lock). */
    public record VersionView(long id, long entityVersion, int number, TopicPlanStatus status, PlanContent content,
            @Nullable String reviewComment, @Nullable String submittedBy, @Nullable LocalDateTime submittedAt,
            @Nullable String reviewedBy, @Nullable LocalDateTime reviewedAt, List<AttachmentRow> attachments) {
    }

    /** What the signed-in user may do with the plan now, so the page shows only what the service would accept. */
    public record Actions(boolean edit, boolean submit, boolean review, boolean revise) {
    }

    /**
     * A topic's plan: the version being worked on ({@code working}, the newest; null before the first save) and
     * the approved one in force (the same as {@code working} when nothing newer exists).
     */
    public record PlanView(TopicInfo topic, @Nullable VersionView working, @Nullable VersionView inForce,
            @Nullable LocalDate deadline, boolean overdue, Actions actions) {
    }

    /** The outline's periods against the topic's: a warning to show, never a refusal. */
    public record PeriodsCheck(int sectionPeriods, int topicPeriods) {

        public boolean matches() {
            return sectionPeriods == topicPeriods;
        }
    }

    /** A saved draft, and whether its outline adds up to the topic's periods. */
    public record SaveResult(PlanView plan, PeriodsCheck periods) {
    }

    /** An attachment ready to send to the user's browser. */
    public record Download(String fileName, byte[] content) {
    }

    /** One step of a plan's history ({@code from} null: a version was started). */
    public record StepRow(int versionNumber, @Nullable TopicPlanStatus from, TopicPlanStatus to, String actor,
            String actorName, LocalDateTime at, @Nullable String comment) {
    }

    /**
     * A version against the approved version before it: the names ({@link PlanContent#FIELDS}) of the fields that
     * changed; {@code previousApprovedNumber} null when none was approved before (then nothing is listed).
     */
    public record Comparison(int versionNumber, @Nullable Integer previousApprovedNumber,
            List<String> changedFields) {
    }

    /** An approved plan of the same topic, by the same lecturer, in another class: a plan may start from it. */
    public record CopySource(long topicId, String classCode, String className, int versionNumber) {
    }

    /** A class's submission date for plans ({@code null} when the class has neither its own nor a start date). */
    public record Deadline(@Nullable LocalDate date, boolean classOwn) {
    }

    /**
     * My topics by where their plans stand: {@code byStatus} counts the working versions' statuses,
     * {@code notStarted} the topics without a plan, {@code overdue} those past their deadline.
     */
    public record MyPlanCounts(Map<TopicPlanStatus, Long> byStatus, long notStarted, long overdue) {

        public long of(TopicPlanStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }
    }

    /** A lecturer's reminders: plans returned to them, and deadlines within a week. */
    public record Reminders(long returned, long dueSoon) {
    }

    // ---------------------------------------------------------------- the lecturer's topics

    /** My topics (those whose lecturer is my account), returned or overdue plans first, then newest classes. */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<MyTopicRow> myTopics(MyFilter filter, Pageable pageable) {
        String hql = "select t.id, c.id, c.code, c.name, t.title, t.kind, t.periods,"
                + " (select min(s.date) from ClassSession s where s.topic = t),"
                + " (select max(s2.date) from ClassSession s2 where s2.topic = t),"
                + " c.startDate, c.endDate, v.status, f.id, d.dueDate" + FROM_ROWS + myWhere(filter)
                + " order by case when v.status = :returned or " + OVERDUE + " then 0 else 1 end,"
                + " c.startDate desc, c.id, t.position";
        TypedQuery<Object[]> query = bind(entityManager.createQuery(hql, Object[].class), hql, myParameters(filter));
        page(query, pageable);
        return query.getResultList().stream().map(r -> {
            LocalDate deadline = deadline((LocalDate) r[13], (LocalDate) r[9]);
            TopicPlanStatus status = (TopicPlanStatus) r[11];
            boolean hasApproved = r[12] != null;
            return new MyTopicRow((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (TopicKind) r[5], (Integer) r[6], r[7] != null ? (LocalDate) r[7] : (LocalDate) r[9],
                    r[8] != null ? (LocalDate) r[8] : (LocalDate) r[10], status, hasApproved, deadline,
                    overdue(deadline, status, hasApproved));
        }).toList();
    }

    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public long countMyTopics(MyFilter filter) {
        String hql = "select count(t)" + FROM_ROWS + myWhere(filter);
        return bind(entityManager.createQuery(hql, Long.class), hql, myParameters(filter)).getSingleResult();
    }

    /** For a lecturer's bell: plans returned to me, and my plans due within a week. */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public Reminders myReminders() {
        long returned = countMyTopics(new MyFilter(null, TopicPlanStatus.RETURNED, false));
        String hql = "select count(t)" + FROM_ROWS + " and lu.username = :me and " + DUE_SOON;
        Map<String, Object> parameters = myParameters(MyFilter.all());
        long dueSoon = bind(entityManager.createQuery(hql, Long.class), hql, parameters).getSingleResult();
        return new Reminders(returned, dueSoon);
    }

    /** My plans counted by status in one grouped query, and the overdue ones in another. */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public MyPlanCounts myPlanCounts() {
        String hql = "select v.status, count(t)" + FROM_ROWS + myWhere(MyFilter.all()) + " group by v.status";
        Map<TopicPlanStatus, Long> byStatus = new java.util.EnumMap<>(TopicPlanStatus.class);
        long notStarted = 0;
        for (Object[] row : bind(entityManager.createQuery(hql, Object[].class), hql, myParameters(MyFilter.all()))
                .getResultList()) {
            if (row[0] == null) {
                notStarted += (Long) row[1];
            } else {
                byStatus.merge((TopicPlanStatus) row[0], (Long) row[1], Long::sum);
            }
        }
        return new MyPlanCounts(byStatus, notStarted, countMyTopics(new MyFilter(null, null, true)));
    }

    private static String myWhere(MyFilter filter) {
        return " and lu.username = :me" + (filter.classId() == null ? "" : " and c.id = :classId")
                + (filter.status() == null ? "" : " and v.status = :status")
                + (filter.overdueOnly() ? " and " + OVERDUE : "");
    }

    private Map<String, Object> myParameters(MyFilter filter) {
        Map<String, Object> parameters = dateParameters();
        parameters.put("me", CurrentUser.requireUsername());
        parameters.put("returned", TopicPlanStatus.RETURNED);
        putIfNotNull(parameters, "classId", filter.classId());
        putIfNotNull(parameters, "status", filter.status());
        return parameters;
    }

    // ---------------------------------------------------------------- one plan

    /** A topic's plan, for anyone who reads the topic (a lecturer: their own topics only). */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public PlanView plan(long topicId) {
        return view(readable(topicId));
    }

    /** Every version of the topic's plan, oldest first: each submitted version stays readable. */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<VersionView> versions(long topicId) {
        readable(topicId);
        return plans.versions(topicId).stream().map(this::versionView).toList();
    }

    /** The plan's history, oldest step first. */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<StepRow> history(long topicId) {
        readable(topicId);
        return plans.history(topicId).stream().map(s -> new StepRow(s.getVersionNumber(), s.getFrom(), s.getTo(),
                s.getActor(), s.getActorName(), s.getAt(), s.getComment())).toList();
    }

    /** A version of the topic's plan against the approved version before it. */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public Comparison compare(long topicId, int versionNumber) {
        readable(topicId);
        List<TopicPlanVersion> all = plans.versions(topicId);
        TopicPlanVersion version = all.stream().filter(v -> v.getNumber() == versionNumber).findFirst()
                .orElseThrow(() -> new BusinessException("error.not-found"));
        return all.stream()
                .filter(v -> v.getNumber() < versionNumber && (v.getStatus() == TopicPlanStatus.APPROVED
                        || v.getStatus() == TopicPlanStatus.SUPERSEDED))
                .reduce((first, second) -> second)
                .map(previous -> new Comparison(versionNumber, previous.getNumber(),
                        version.content().changedFields(previous.content())))
                .orElseGet(() -> new Comparison(versionNumber, null, List.of()));
    }

    /**
     * Saves the content of the topic's working version: a first draft when the plan has none ({@code versionId}
     * null), else the draft or returned version read at {@code expectedVersion}. A submitted or approved version is
     * refused; a stale one too. The outline need not add up to the topic's periods: the result says whether it does.
     */
    @PreAuthorize(EDITORS)
    public SaveResult saveDraft(long topicId, @Nullable Long versionId, long expectedVersion,
            @Valid PlanContent content) {
        TopicRef ref = editable(topicId);
        TopicPlanVersion working = working(ref, versionId, expectedVersion);
        working.setContent(content);
        versions.save(working);
        return new SaveResult(view(ref), new PeriodsCheck(content.sectionPeriods(), ref.topic().getPeriods()));
    }

    /** Hands the working version in: by the topic's lecturer, or by the committee for a guest without an account. */
    @PreAuthorize(EDITORS)
    public PlanView submit(long topicId, long versionId, long expectedVersion) {
        TopicRef ref = editable(topicId);
        if (!mayHandIn(ref)) {
            throw new BusinessException("topic-plans.error.submit-by-lecturer",
                    Objects.toString(ref.lecturerName(), ""));
        }
        TopicPlanVersion working = current(ref, versionId, expectedVersion);
        if (working.content().sections().isEmpty()) {
            throw new BusinessException("topic-plans.error.no-outline");
        }
        move(working, TopicPlanStatus.SUBMITTED, null);
        working.submitted(CurrentUser.requireUsername(), now());
        stepped(ref, working, null);
        return view(ref);
    }

    /** The committee approves the submitted version; the version it replaces, if any, is superseded. */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public PlanView approve(long topicId, long versionId, long expectedVersion,
            @Size(max = PlanContent.TEXT_MAX) @Nullable String comment) {
        TopicRef ref = readable(topicId);
        TopicPlanVersion working = current(ref, versionId, expectedVersion);
        move(working, TopicPlanStatus.APPROVED, comment);
        working.reviewed(CurrentUser.requireUsername(), now(), comment);
        TopicPlan plan = working.getPlan();
        TopicPlanVersion previous = plan.getInForce();
        if (previous != null) {
            move(previous, TopicPlanStatus.SUPERSEDED, null);
        }
        plan.setInForce(working);
        stepped(ref, working, comment);
        return view(ref);
    }

    /** The committee returns the submitted version to its lecturer, saying why. */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public PlanView returnPlan(long topicId, long versionId, long expectedVersion,
            @Size(max = PlanContent.TEXT_MAX) String comment) {
        TopicRef ref = readable(topicId);
        TopicPlanVersion working = current(ref, versionId, expectedVersion);
        move(working, TopicPlanStatus.RETURNED, comment);
        working.reviewed(CurrentUser.requireUsername(), now(), comment);
        stepped(ref, working, comment);
        return view(ref);
    }

    /**
     * Starts a new draft from the approved plan (its content and attachments); the approved version stays in force
     * until the new one is approved.
     */
    @PreAuthorize(EDITORS)
    public PlanView revise(long topicId, long versionId, long expectedVersion) {
        TopicRef ref = editable(topicId);
        TopicPlanVersion approved = current(ref, versionId, expectedVersion);
        if (approved.getStatus() != TopicPlanStatus.APPROVED) {
            throw new BusinessException("topic-plans.error.revise-approved-only");
        }
        TopicPlanVersion draft = newVersion(approved.getPlan(), approved.getNumber() + 1);
        draft.setContent(approved.content());
        for (TopicPlanAttachment attachment : plans.attachments(approved.requireId())) {
            attachments.save(attachment.copyTo(draft));
        }
        return view(ref);
    }

    /** My approved plans of the same topic (same title, same lecturer) in other classes, to start from. */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public List<CopySource> copySources(long topicId) {
        TopicRef ref = editable(topicId);
        if (ref.topic().getLecturer() == null) {
            return List.of();
        }
        return entityManager.createQuery("""
                select t.id, c.code, c.name, f.number
                from TopicPlan p join p.inForce f join p.topic t join t.trainingClass c
                where t.title = :title and t.lecturer.id = :lecturerId and t.id <> :topicId
                order by c.startDate desc, c.id""", Object[].class)
                .setParameter("title", ref.topic().getTitle())
                .setParameter("lecturerId", ref.topic().getLecturer().requireId())
                .setParameter("topicId", topicId).getResultList().stream()
                .map(r -> new CopySource((Long) r[0], (String) r[1], (String) r[2], (Integer) r[3])).toList();
    }

    /** Fills the working version (or a first draft) with the approved content of one of {@link #copySources}. */
    @PreAuthorize(EDITORS)
    public SaveResult copyFrom(long topicId, @Nullable Long versionId, long expectedVersion, long sourceTopicId) {
        if (copySources(topicId).stream().noneMatch(source -> source.topicId() == sourceTopicId)) {
            throw new BusinessException("error.not-found");
        }
        TopicPlanVersion source = plans.findByTopicId(sourceTopicId).map(TopicPlan::getInForce)
                .orElseThrow(() -> new BusinessException("error.not-found"));
        PlanContent content = source.content();
        return saveDraft(topicId, versionId, expectedVersion, content);
    }

    /**
     * Fills the working version (or a first draft) from the programme's word on the topic: its objectives become
     * the knowledge to gain, each line of its main contents a section of the outline, the topic's periods shared
     * out evenly among them. Nothing to start from is refused.
     */
    @PreAuthorize(EDITORS)
    public SaveResult startFromProgramme(long topicId, @Nullable Long versionId, long expectedVersion) {
        ClassTopic topic = editable(topicId).topic();
        if (!topic.hasContent()) {
            throw new BusinessException("topic-plans.error.no-programme-content");
        }
        return saveDraft(topicId, versionId, expectedVersion, ProgrammeOutline.contentOf(topic.getObjectives(),
                topic.getMainContent(), topic.getPeriods()));
    }

    // ---------------------------------------------------------------- attachments

    /** The largest attachment accepted, for the upload field to tell the user before they try. */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    public long maxFileSize() {
        return properties.maxFileSize().toBytes();
    }

    /** Attaches a file to the working version, which must be a draft or returned; checked by its content. */
    @PreAuthorize(EDITORS)
    public AttachmentRow attach(long topicId, long versionId, AttachmentKind kind, String fileName, byte[] content) {
        TopicRef ref = editable(topicId);
        TopicPlanVersion working = editableVersion(ref, versionId);
        String name = UploadedFiles.cleanName(fileName, kind == AttachmentKind.SLIDES ? "slides" : "de-cuong");
        AttachmentCheck.check(kind, name, content, maxFileSize());
        TopicPlanAttachment saved = attachments.save(new TopicPlanAttachment(working, kind,
                files.save(new TopicPlanFile(content)), name, content.length));
        return attachmentRow(saved);
    }

    /** Removes an attachment of the working version, which must be a draft or returned. */
    @PreAuthorize(EDITORS)
    public void removeAttachment(long topicId, long attachmentId) {
        TopicRef ref = editable(topicId);
        TopicPlanAttachment attachment = attachmentOf(ref, attachmentId);
        editableVersion(ref, attachment.getVersion().requireId());
        TopicPlanFile file = attachment.requireFile();
        attachments.delete(attachment);
        attachments.flush();
        if (plans.countUsing(file) == 0) {
            files.delete(file);
        }
    }

    /** An attachment of any version of the topic's plan; access is checked again when the file is requested. */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public Download download(long topicId, long attachmentId) {
        TopicPlanAttachment attachment = attachmentOf(readable(topicId), attachmentId);
        return new Download(attachment.getFileName(), attachment.requireFile().getContent());
    }

    // ---------------------------------------------------------------- the committee

    /** The review queue: by default the submitted plans, oldest submission first. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public List<QueueRow> queue(QueueFilter filter, Pageable pageable) {
        String hql = "select t.id, c.id, c.code, t.title, l.id, l.fullName, v.status, v.number, v.submittedAt,"
                + " d.dueDate, c.startDate, f.id" + FROM_ROWS + queueWhere(filter)
                + " order by case when v.submittedAt is null then 1 else 0 end, v.submittedAt, c.startDate, t.id";
        TypedQuery<Object[]> query = bind(entityManager.createQuery(hql, Object[].class), hql,
                queueParameters(filter));
        page(query, pageable);
        return query.getResultList().stream().map(r -> {
            LocalDate deadline = deadline((LocalDate) r[9], (LocalDate) r[10]);
            TopicPlanStatus status = (TopicPlanStatus) r[6];
            return new QueueRow((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Long) r[4],
                    (String) r[5], status, (Integer) r[7], (LocalDateTime) r[8], deadline,
                    overdue(deadline, status, r[11] != null));
        }).toList();
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public long count(QueueFilter filter) {
        String hql = "select count(t)" + FROM_ROWS + queueWhere(filter);
        return bind(entityManager.createQuery(hql, Long.class), hql, queueParameters(filter)).getSingleResult();
    }

    /** For the committee's bell: plans waiting for review. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public long waitingForReview() {
        return count(QueueFilter.waiting());
    }

    private static String queueWhere(QueueFilter filter) {
        return (filter.classId() == null ? "" : " and c.id = :classId")
                + (filter.lecturerId() == null ? "" : " and l.id = :lecturerId")
                + (filter.status() == null ? "" : " and v.status = :status")
                + (filter.overdueOnly() ? " and " + OVERDUE : "");
    }

    private Map<String, Object> queueParameters(QueueFilter filter) {
        Map<String, Object> parameters = dateParameters();
        putIfNotNull(parameters, "classId", filter.classId());
        putIfNotNull(parameters, "lecturerId", filter.lecturerId());
        putIfNotNull(parameters, "status", filter.status());
        return parameters;
    }

    /** The class's topics that need a plan, in programme order (a lecturer: only their own). */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<ClassPlanRow> classPlans(long classId) {
        classes.checkReadable(classId);
        String hql = "select t.id, t.position, t.title, t.kind, t.periods, l.fullName, v.status, v.number, f.id,"
                + " d.dueDate, c.startDate, coalesce(v.modifiedAt, v.createdAt)" + FROM_ROWS + " and c.id = :classId"
                + READ_RULE + " order by t.position";
        Map<String, Object> parameters = dateParameters();
        parameters.put("classId", classId);
        parameters.put("teacher", ClassReaders.teacher());
        return bind(entityManager.createQuery(hql, Object[].class), hql, parameters).getResultList().stream()
                .map(r -> {
                    LocalDate deadline = deadline((LocalDate) r[9], (LocalDate) r[10]);
                    TopicPlanStatus status = (TopicPlanStatus) r[6];
                    return new ClassPlanRow((Long) r[0], (Integer) r[1], (String) r[2], (TopicKind) r[3],
                            (Integer) r[4], (String) r[5], status, (Integer) r[7], r[8] != null, deadline,
                            overdue(deadline, status, r[8] != null), (LocalDateTime) r[11]);
                }).toList();
    }

    /** The class's submission date for plans, and whether it is the class's own. */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public Deadline deadline(long classId) {
        TrainingClass trainingClass = classes.get(classId).orElseThrow(() -> new BusinessException("error.not-found"));
        LocalDate own = deadlines.findById(classId).map(PlanDeadline::getDueDate).orElse(null);
        return new Deadline(deadline(own, trainingClass.getStartDate()), own != null);
    }

    /** Sets the class's own submission date; {@code null} returns to the default before the class starts. */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public Deadline setDeadline(long classId, @Nullable LocalDate date) {
        classes.get(classId).orElseThrow(() -> new BusinessException("error.not-found"));
        if (date == null) {
            deadlines.findById(classId).ifPresent(deadlines::delete);
        } else {
            PlanDeadline own = deadlines.findById(classId).orElseGet(() -> new PlanDeadline(classId, date));
            own.setDueDate(date);
            deadlines.save(own);
        }
        deadlines.flush();
        return deadline(classId);
    }

    // ---------------------------------------------------------------- rules

    /** A class topic with the user name of its lecturer's account (null: no lecturer, or one without an account). */
    private record TopicRef(ClassTopic topic, @Nullable String lecturerUsername) {

        @Nullable String lecturerName() {
            return topic.getLecturer() == null ? null : topic.getLecturer().getDisplayName();
        }
    }

    /** The topic, if the signed-in user reads it; else "not found", exactly as for a missing topic. */
    private TopicRef readable(long topicId) {
        List<Object[]> found = entityManager.createQuery("""
                select t, lu.username from ClassTopic t join fetch t.trainingClass c left join fetch t.lecturer l
                left join l.user lu where t.id = :topicId and t.kind in :plannedKinds""" + READ_RULE, Object[].class)
                .setParameter("topicId", topicId).setParameter("plannedKinds", PLANNED_KINDS)
                .setParameter("teacher", ClassReaders.teacher()).getResultList();
        if (found.isEmpty()) {
            throw new BusinessException("error.not-found");
        }
        return new TopicRef((ClassTopic) found.getFirst()[0], (String) found.getFirst()[1]);
    }

    /**
     * The topic, if the signed-in user may change its plan: the committee any, anyone else only as its lecturer.
     * (A leader who also teaches edits only their own topics.)
     */
    private TopicRef editable(long topicId) {
        TopicRef ref = readable(topicId);
        if (!mayEdit(ref)) {
            throw new BusinessException("error.not-found");
        }
        return ref;
    }

    private static boolean mayEdit(TopicRef ref) {
        return CurrentUser.isCommittee() || isOwnTopic(ref);
    }

    private static boolean isOwnTopic(TopicRef ref) {
        return CurrentUser.hasRole(Role.LECTURER)
                && Objects.equals(ref.lecturerUsername(), CurrentUser.username().orElse(null));
    }

    /** The topic's lecturer hands their own plan in; the committee only one of a lecturer without an account. */
    private static boolean mayHandIn(TopicRef ref) {
        return isOwnTopic(ref) || (CurrentUser.isCommittee() && ref.lecturerUsername() == null);
    }

    private PlanView view(TopicRef ref) {
        // The versions the view hands out must be those the next call will find.
        entityManager.flush();
        ClassTopic topic = ref.topic();
        TrainingClass trainingClass = Objects.requireNonNull(topic.getTrainingClass());
        var info = new TopicInfo(topic.requireId(), trainingClass.requireId(), trainingClass.getCode(),
                trainingClass.getName(), topic.getTitle(), topic.getKind(), topic.getPeriods(), ref.lecturerName(),
                ref.lecturerUsername() != null, topic.hasContent());
        TopicPlan plan = plans.findByTopicId(topic.requireId()).orElse(null);
        TopicPlanVersion working = plan == null ? null : plan.getCurrent();
        TopicPlanVersion inForce = plan == null ? null : plan.getInForce();
        LocalDate deadline = deadlines.findById(trainingClass.requireId()).map(PlanDeadline::getDueDate)
                .orElseGet(() -> deadline(null, trainingClass.getStartDate()));
        TopicPlanStatus status = working == null ? null : working.getStatus();
        boolean edit = mayEdit(ref) && (working == null || working.getStatus().editable());
        var actions = new Actions(edit, mayHandIn(ref) && working != null && working.getStatus().editable(),
                CurrentUser.isCommittee() && status == TopicPlanStatus.SUBMITTED,
                mayEdit(ref) && status == TopicPlanStatus.APPROVED);
        return new PlanView(info, working == null ? null : versionView(working),
                inForce == null ? null : versionView(inForce), deadline, overdue(deadline, status, inForce != null),
                actions);
    }

    private VersionView versionView(TopicPlanVersion version) {
        return new VersionView(version.requireId(), version.getVersion(), version.getNumber(), version.getStatus(),
                version.content(), version.getReviewComment(), version.getSubmittedBy(), version.getSubmittedAt(),
                version.getReviewedBy(), version.getReviewedAt(),
                plans.attachments(version.requireId()).stream().map(TopicPlanService::attachmentRow).toList());
    }

    private static AttachmentRow attachmentRow(TopicPlanAttachment attachment) {
        return new AttachmentRow(attachment.requireId(), attachment.getKind(), attachment.getFileName(),
                attachment.getFileSize());
    }

    /** The version a save writes to: a new plan's first draft, or the current editable version as read. */
    private TopicPlanVersion working(TopicRef ref, @Nullable Long versionId, long expectedVersion) {
        TopicPlan plan = plans.findByTopicId(ref.topic().requireId()).orElse(null);
        if (versionId == null) {
            if (plan != null) {
                // Someone started this plan since the page was read.
                throw new ObjectOptimisticLockingFailureException(TopicPlan.class, ref.topic().requireId());
            }
            plan = plans.saveAndFlush(new TopicPlan(ref.topic()));
            return newVersion(plan, 1);
        }
        TopicPlanVersion working = current(ref, versionId, expectedVersion);
        if (!working.getStatus().editable()) {
            throw new BusinessException("topic-plans.error.read-only");
        }
        return working;
    }

    /** The plan's current version, which the caller read at {@code expectedVersion}; else a lost race. */
    private TopicPlanVersion current(TopicRef ref, long versionId, long expectedVersion) {
        TopicPlanVersion current = plans.findByTopicId(ref.topic().requireId()).map(TopicPlan::getCurrent)
                .orElseThrow(() -> new BusinessException("error.not-found"));
        if (current.requireId() != versionId || current.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(TopicPlanVersion.class, versionId);
        }
        return current;
    }

    private TopicPlanVersion editableVersion(TopicRef ref, long versionId) {
        TopicPlanVersion current = plans.findByTopicId(ref.topic().requireId()).map(TopicPlan::getCurrent)
                .orElseThrow(() -> new BusinessException("error.not-found"));
        if (current.requireId() != versionId) {
            throw new ObjectOptimisticLockingFailureException(TopicPlanVersion.class, versionId);
        }
        if (!current.getStatus().editable()) {
            throw new BusinessException("topic-plans.error.read-only");
        }
        return current;
    }

    private TopicPlanAttachment attachmentOf(TopicRef ref, long attachmentId) {
        return attachments.findById(attachmentId)
                .filter(a -> a.getVersion().getPlan().getTopic().requireId() == ref.topic().requireId())
                .orElseThrow(() -> new BusinessException("error.not-found"));
    }

    private TopicPlanVersion newVersion(TopicPlan plan, int number) {
        TopicPlanVersion version = versions.save(new TopicPlanVersion(plan, number));
        plan.setCurrent(version);
        // The plan row changes with every step, so that two simultaneous steps on one plan collide.
        plans.saveAndFlush(plan);
        step(plan, number, null, TopicPlanStatus.DRAFT, null);
        return version;
    }

    /** Moves a version as the workflow allows, and writes the step to the history. */
    private void move(TopicPlanVersion version, TopicPlanStatus target, @Nullable String comment) {
        TopicPlanStatus from = version.getStatus();
        from.checkMove(target, CurrentUser.isCommittee(), comment);
        version.setStatus(target);
        TopicPlan plan = version.getPlan();
        entityManager.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        step(plan, version.getNumber(), from, target, comment);
    }

    /** Tells whoever listens (the mail) that a version was submitted, approved or returned. */
    private void stepped(TopicRef ref, TopicPlanVersion version, @Nullable String comment) {
        events.publishEvent(new PlanStepped(ref.topic().requireId(), version.getNumber(), version.getStatus(),
                CurrentUser.displayName().orElse(CurrentUser.requireUsername()), comment));
    }

    private void step(TopicPlan plan, int number, @Nullable TopicPlanStatus from, TopicPlanStatus to,
            @Nullable String comment) {
        steps.save(new TopicPlanStep(plan, number, from, to, CurrentUser.requireUsername(),
                CurrentUser.displayName().orElse(CurrentUser.requireUsername()), now(), comment));
    }

    /** The class's own date, else its start minus the configured days; null when there is neither. */
    private @Nullable LocalDate deadline(@Nullable LocalDate own, @Nullable LocalDate classStart) {
        if (own != null) {
            return own;
        }
        return classStart == null ? null : classStart.minusDays(properties.deadlineDays());
    }

    /** The same rule as {@link #OVERDUE}, for a row already read. */
    private boolean overdue(@Nullable LocalDate deadline, @Nullable TopicPlanStatus status, boolean hasApproved) {
        return deadline != null && deadline.isBefore(today()) && !hasApproved
                && (status == null || status.editable());
    }

    private Map<String, Object> dateParameters() {
        LocalDate today = today();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("plannedKinds", PLANNED_KINDS);
        parameters.put("editable", EDITABLE);
        parameters.put("today", today);
        parameters.put("overdueStart", today.plusDays(properties.deadlineDays()));
        parameters.put("soonEnd", today.plusDays(SOON_DAYS));
        parameters.put("soonStartEnd", today.plusDays(properties.deadlineDays() + SOON_DAYS));
        return parameters;
    }

    /** Binds the parameters the query names (the optional filters leave some out). */
    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String hql, Map<String, Object> parameters) {
        parameters.forEach((name, value) -> {
            if (hql.matches("(?s).*:" + name + "\\b.*")) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    private static void page(TypedQuery<?> query, Pageable pageable) {
        if (pageable.isPaged()) {
            query.setFirstResult(Math.toIntExact(pageable.getOffset())).setMaxResults(pageable.getPageSize());
        }
    }

    private static void putIfNotNull(Map<String, Object> parameters, String name, @Nullable Object value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
