package vn.lopboiduong.enrollment;

import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.domain.SearchSpecifications;
import vn.lopboiduong.base.domain.SearchText;
import vn.lopboiduong.klass.ClassStatus;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.trainee.Trainee;
import vn.lopboiduong.trainee.TraineeService;

/**
 * A class's roster. Everyone who reads the class reads its roster (a lecturer: the classes they teach); only the
 * committee enrols and removes. The same person twice in one class is refused; a person enrolled in another class
 * whose dates overlap is enrolled with a warning naming it. Before the class opens an enrolment is removed; after,
 * it is withdrawn with a reason and kept.
 */
@Service
@Validated
@Transactional
public class EnrollmentService {

    private final EnrollmentRepository enrollments;
    private final TrainingClassService classes;
    private final TraineeService trainees;
    private final EntityManager entityManager;
    private final Clock clock;

    EnrollmentService(EnrollmentRepository enrollments, TrainingClassService classes, TraineeService trainees,
            EntityManager entityManager, Clock clock) {
        this.enrollments = enrollments;
        this.classes = classes;
        this.trainees = trainees;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * The roster's filter: free text over the trainee's name, unit, workplace, phone and citizen ID; a unit with
     * its sub-units; a position. {@code null} means any.
     */
    public record RosterFilter(@Nullable String text, @Nullable Long unitId, @Nullable Long positionId) {

        public RosterFilter(@Nullable String text) {
            this(text, null, null);
        }
    }

    /** An enrolment made, and the classes with overlapping dates the person is also in (a warning, not a refusal). */
    public record Enrolled(long enrollmentId, List<String> overlapping) {
    }

    /** The class's enrolled and withdrawn trainees, by name. */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<RosterRow> roster(long classId, RosterFilter filter, Pageable pageable) {
        classes.checkReadable(classId);
        String hql = "select new vn.lopboiduong.enrollment.RosterRow(e.id, e.version, t.id, t.fullName, t.birthDate,"
                + " t.birthYear, p.name, u.name, t.workplace, e.status, e.withdrawnReason)"
                + rosterFrom(filter) + " order by e.status, t.nameKey, t.id";
        var query = entityManager.createQuery(hql, RosterRow.class);
        bind(query, classId, filter);
        if (pageable.isPaged()) {
            query.setFirstResult(Math.toIntExact(pageable.getOffset())).setMaxResults(pageable.getPageSize());
        }
        return query.getResultList();
    }

    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public long countRoster(long classId, RosterFilter filter) {
        classes.checkReadable(classId);
        var query = entityManager.createQuery("select count(e)" + rosterFrom(filter), Long.class);
        bind(query, classId, filter);
        return query.getSingleResult();
    }

    /** How many trainees stand enrolled (withdrawn ones not counted), against the class's expected number. */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public long enrolledCount(long classId) {
        classes.checkReadable(classId);
        return entityManager.createQuery("select count(e) from Enrollment e where e.trainingClass.id = :classId"
                + " and e.status = :enrolled", Long.class).setParameter("classId", classId)
                .setParameter("enrolled", EnrollmentStatus.ENROLLED).getSingleResult();
    }

    /** Every class the person was enrolled in, newest first: their training history. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public List<HistoryRow> history(long traineeId) {
        return entityManager.createQuery("""
                select new vn.lopboiduong.enrollment.HistoryRow(c.id, c.code, c.name, c.startDate, c.endDate,
                    e.status, e.withdrawnReason)
                from Enrollment e join e.trainingClass c where e.trainee.id = :traineeId
                order by c.startDate desc, c.id desc""", HistoryRow.class)
                .setParameter("traineeId", traineeId).getResultList();
    }

    /** Enrols a person of the registry in the class. */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public Enrolled enrol(long classId, long traineeId) {
        // Locked by requireOpen: two committee members enrolling at once run one after the other, and the unique
        // index is the last word.
        TrainingClass trainingClass = classes.requireOpen(classId);
        Trainee trainee = trainees.get(traineeId).orElseThrow(() -> new BusinessException("error.not-found"));
        if (enrollments.existsByTrainingClassIdAndTraineeId(classId, traineeId)) {
            throw new BusinessException("enrollment.error.already-enrolled", trainee.getFullName());
        }
        try {
            Enrollment saved = enrollments.saveAndFlush(new Enrollment(trainingClass, trainee));
            return new Enrolled(saved.requireId(), overlapping(trainingClass, traineeId));
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("enrollment.error.already-enrolled", trainee.getFullName());
        }
    }

    /** Several people enrolled at once: how many were added, and how many were on the roster already. */
    public record EnrolledAll(int enrolled, int alreadyThere) {
    }

    /**
     * Enrols people of the registry in one transaction (a list, a selection): those already on the roster are
     * counted and left as they are; a person who does not exist refuses the whole call.
     */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public EnrolledAll enrolAll(long classId, List<Long> traineeIds) {
        TrainingClass trainingClass = classes.requireOpen(classId);
        java.util.Set<Long> present = new java.util.HashSet<>(entityManager.createQuery(
                "select e.trainee.id from Enrollment e where e.trainingClass.id = :classId", Long.class)
                .setParameter("classId", classId).getResultList());
        int enrolled = 0;
        for (Long traineeId : new java.util.LinkedHashSet<>(traineeIds)) {
            if (present.contains(traineeId)) {
                continue;
            }
            Trainee trainee = entityManager.find(Trainee.class, traineeId);
            if (trainee == null) {
                throw new BusinessException("error.not-found");
            }
            enrollments.save(new Enrollment(trainingClass, trainee));
            enrolled++;
        }
        enrollments.flush();
        return new EnrolledAll(enrolled, traineeIds.size() - enrolled);
    }

    /**
     * Takes a person off the roster: before the class opens the enrolment is removed; once it has opened it is
     * withdrawn, and a reason is required.
     */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public void remove(long enrollmentId, long expectedVersion,
            @Nullable @Size(max = 500) String reason) {
        Enrollment enrollment = enrollments.findById(enrollmentId)
                .orElseThrow(() -> new BusinessException("error.not-found"));
        if (enrollment.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Enrollment.class, enrollmentId);
        }
        TrainingClass trainingClass = classes.requireOpen(enrollment.getTrainingClass().requireId());
        ClassStatus status = trainingClass.getStatus();
        if (status == ClassStatus.DRAFT || status == ClassStatus.PLANNED) {
            enrollments.delete(enrollment);
            return;
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("enrollment.error.reason-required");
        }
        if (enrollment.getStatus() == EnrollmentStatus.WITHDRAWN) {
            return;
        }
        enrollment.withdraw(reason.strip(), LocalDateTime.now(clock));
    }

    /** Other classes the person stands enrolled in whose dates overlap this class's, by code. */
    private List<String> overlapping(TrainingClass trainingClass, long traineeId) {
        LocalDate start = trainingClass.getStartDate();
        LocalDate end = trainingClass.getEndDate();
        if (start == null || end == null) {
            return List.of();
        }
        return entityManager.createQuery("""
                select c.code from Enrollment e join e.trainingClass c
                where e.trainee.id = :traineeId and e.status = :enrolled and c.id <> :classId
                and c.status <> :cancelled and c.startDate <= :end and c.endDate >= :start order by c.startDate""",
                String.class).setParameter("traineeId", traineeId).setParameter("classId", trainingClass.requireId())
                .setParameter("enrolled", EnrollmentStatus.ENROLLED).setParameter("cancelled", ClassStatus.CANCELLED)
                .setParameter("start", start).setParameter("end", end).getResultList();
    }

    /** The roster's rows: the class's enrolments whose trainee's search key holds every word of the text. */
    private static String rosterFrom(RosterFilter filter) {
        StringBuilder from = new StringBuilder(" from Enrollment e join e.trainee t left join t.position p"
                + " left join t.partyUnit u where e.trainingClass.id = :classId");
        for (int i = 0; i < SearchText.tokens(filter.text()).size(); i++) {
            from.append(" and t.searchKey like :w").append(i).append(" escape '\\'");
        }
        if (filter.unitId() != null) {
            from.append(" and u.treePath like :unitPath escape '\\'");
        }
        if (filter.positionId() != null) {
            from.append(" and p.id = :positionId");
        }
        return from.toString();
    }

    private void bind(jakarta.persistence.TypedQuery<?> query, long classId, RosterFilter filter) {
        query.setParameter("classId", classId);
        if (filter.unitId() != null) {
            // The unit and everything below it: the paths that start with its own.
            String path = entityManager.createQuery("select u.treePath from Unit u where u.id = :id", String.class)
                    .setParameter("id", filter.unitId()).getResultStream().findFirst()
                    .orElseThrow(() -> new BusinessException("error.not-found"));
            query.setParameter("unitPath", path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
        }
        if (filter.positionId() != null) {
            query.setParameter("positionId", filter.positionId());
        }
        List<String> tokens = SearchText.tokens(filter.text());
        for (int i = 0; i < tokens.size(); i++) {
            query.setParameter("w" + i, SearchSpecifications.wordPattern(tokens.get(i)));
        }
    }
}
