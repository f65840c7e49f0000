package vn.lopboiduong.klass;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.domain.PageOfRows;
import vn.lopboiduong.base.domain.SearchSpecifications;
import vn.lopboiduong.base.domain.SearchText;
import vn.lopboiduong.plan.PlanProgress;
import vn.lopboiduong.plan.TrainingPlanService;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.unit.Unit;
import vn.lopboiduong.unit.UnitService;

/**
 * Classes: the committee creates and edits them and moves them through their statuses; leaders read them. A
 * lecturer reads only the classes in whose programme they teach. A class is deleted only while it is a draft or
 * cancelled.
 */
@Service
@Validated
@Transactional
public class TrainingClassService implements PlanProgress {

    private final TrainingClassRepository repository;
    private final TrainingPlanService plans;
    private final UnitService units;
    private final List<ClassDatesCheck> datesChecks;
    private final ClassProperties properties;
    private final EntityManager entityManager;

    TrainingClassService(TrainingClassRepository repository, TrainingPlanService plans, UnitService units,
            List<ClassDatesCheck> datesChecks, ClassProperties properties, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.datesChecks = datesChecks;
        this.plans = plans;
        this.units = units;
        this.properties = properties;
    }

    /** What the classes list filters by; every part is optional. */
    public record Filter(@Nullable String text, @Nullable ClassStatus status, @Nullable Integer year,
            @Nullable Long planId, @Nullable Long unitId) {

        public static Filter all() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** Where a class goes, and what it belongs to, chosen in the class form. */
    public record Links(@Nullable Long planId, long organizingUnitId, Set<Long> coordinatingUnitIds) {
    }

    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<ClassRow> list(Filter filter, Pageable pageable) {
        return PageOfRows.of(entityManager, TrainingClass.class, visible(filter), pageable, ClassRow.class,
                (root, query, builder) -> new PageOfRows.Columns().add("id", root.get("id"))
                        .add("code", root.get("code")).add("name", root.get("name"))
                        .add("cohort", root.get("cohort")).add("year", root.get("year"))
                        .add("planNumber", root.join("plan", JoinType.LEFT).get("number"))
                        .add("organizingUnit", root.join("organizingUnit").get("name"))
                        .add("startDate", root.get("startDate")).add("endDate", root.get("endDate"))
                        .add("venue", root.get("venue")).add("capacity", root.get("capacity"))
                        .add("status", root.get("status"))
                        // Statuses sort in their lifecycle order, not by name.
                        .sortOnly("statusOrder", root.get("statusOrder")));
    }

    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return repository.count(visible(filter));
    }

    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public Optional<TrainingClass> get(long id) {
        if (!repository.readable(id)) {
            return Optional.empty();
        }
        return repository.findDetailedById(id);
    }

    /** Refuses a lecturer who does not read the class; the class's programme, timetable and board ask this first. */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public void checkReadable(long classId) {
        repository.checkReadable(classId);
    }

    /**
     * The class, while the committee may still change what belongs to it (programme, timetable, board), locked
     * until the caller's transaction ends so that such changes to one class run one after the other.
     */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public TrainingClass requireOpen(long classId) {
        return repository.requireOpen(classId);
    }

    /** One class as a list row, for a field that shows a chosen class; a lecturer finds only classes they teach. */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public Optional<ClassRow> findRow(long id) {
        return get(id).map(ClassRow::of);
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    public TrainingClass create(@Valid TrainingClass trainingClass, Links links) {
        if (repository.existsByCode(trainingClass.getCode())) {
            throw new BusinessException("class.error.code-taken", trainingClass.getCode());
        }
        refuseTooLong(trainingClass);
        trainingClass.setStatus(ClassStatus.DRAFT);
        link(trainingClass, links);
        return repository.save(trainingClass);
    }

    /**
     * Saves edited details; the status changes only through {@link #changeStatus}. New dates that would leave
     * sessions outside them are refused ({@link ClassDatesCheck}).
     */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public TrainingClass update(@Valid TrainingClass edited, Links links) {
        TrainingClass stored = repository.findById(edited.requireId())
                .orElseThrow(() -> new BusinessException("error.not-found"));
        if (!java.util.Objects.equals(stored.getStartDate(), edited.getStartDate())
                || !java.util.Objects.equals(stored.getEndDate(), edited.getEndDate())) {
            for (ClassDatesCheck check : datesChecks) {
                check.check(edited.requireId(), edited.getStartDate(), edited.getEndDate());
            }
        }
        if (repository.existsByCodeAndIdNot(edited.getCode(), edited.requireId())) {
            throw new BusinessException("class.error.code-taken", edited.getCode());
        }
        refuseTooLong(edited);
        edited.setStatus(stored.getStatus());
        link(edited, links);
        return repository.save(edited);
    }

    /**
     * Moves a class to its next status if the rules allow it: a class is planned only with its dates, and opened
     * only once planned. The version the user saw must be current.
     */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public TrainingClass changeStatus(long id, long expectedVersion, ClassStatus target) {
        TrainingClass trainingClass = repository.findById(id)
                .orElseThrow(() -> new BusinessException("error.not-found"));
        if (trainingClass.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(TrainingClass.class, id);
        }
        ClassStatus current = trainingClass.getStatus();
        if (!current.canMoveTo(target)) {
            throw new BusinessException("class.error.transition");
        }
        if (target == ClassStatus.PLANNED
                && (trainingClass.getStartDate() == null || trainingClass.getEndDate() == null)) {
            throw new BusinessException("class.error.dates-required");
        }
        trainingClass.setStatus(target);
        return repository.save(trainingClass);
    }

    /** Deletes a draft or cancelled class; the version the user saw must be current. */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public void delete(long id, long expectedVersion) {
        TrainingClass trainingClass = repository.findById(id)
                .orElseThrow(() -> new BusinessException("error.not-found"));
        if (trainingClass.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(TrainingClass.class, id);
        }
        if (trainingClass.getStatus() != ClassStatus.DRAFT && trainingClass.getStatus() != ClassStatus.CANCELLED) {
            throw new BusinessException("class.error.delete-status", trainingClass.getCode());
        }
        try {
            repository.delete(trainingClass);
            repository.flush();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new BusinessException("class.error.in-use", trainingClass.getCode());
        }
    }

    @Override
    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public List<PlanClass> classesOf(long planId, Pageable pageable) {
        Pageable earliestFirst = pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by("startDate", "code"));
        return list(new Filter(null, null, null, planId, null), earliestFirst).stream()
                .map(row -> new PlanClass(row.id(), row.code(), row.name(), row.startDate(), row.endDate(),
                        row.capacity(), row.status().translationKey()))
                .toList();
    }

    @Override
    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public long countClassesOf(long planId) {
        return count(new Filter(null, null, null, planId, null));
    }

    @Override
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public Map<Long, Progress> of(Collection<Long> planIds) {
        Map<Long, Progress> progress = new HashMap<>();
        if (planIds.isEmpty()) {
            return progress;
        }
        for (Object[] row : repository.progressOf(planIds)) {
            progress.put((Long) row[0], new Progress(((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue(), ((Number) row[4]).longValue()));
        }
        return progress;
    }

    private void refuseTooLong(TrainingClass trainingClass) {
        LocalDate start = trainingClass.getStartDate();
        LocalDate end = trainingClass.getEndDate();
        if (start != null && end != null && ChronoUnit.DAYS.between(start, end) + 1 > properties.maxDays()) {
            throw new BusinessException("class.error.too-long", String.valueOf(properties.maxDays()));
        }
    }

    private void link(TrainingClass trainingClass, Links links) {
        trainingClass.setPlan(links.planId() == null ? null : plans.get(links.planId())
                .orElseThrow(() -> new BusinessException("error.not-found")));
        trainingClass.setOrganizingUnit(unit(links.organizingUnitId()));
        Set<Unit> coordinating = new HashSet<>();
        for (long unitId : links.coordinatingUnitIds()) {
            if (unitId != links.organizingUnitId()) {
                coordinating.add(unit(unitId));
            }
        }
        trainingClass.setCoordinatingUnits(coordinating);
    }

    private Unit unit(long id) {
        return units.get(id).orElseThrow(() -> new BusinessException("error.not-found"));
    }

    /**
     * Every word of the query is in the class's own key (code, name, cohort, venue, audience), its organising
     * unit's or one of its coordinating units' keys. The units' keys are read through the join, so renaming a
     * unit changes what finds its classes at once.
     */
    private static Specification<TrainingClass> textMatches(@Nullable String text) {
        List<String> words = SearchText.tokens(text);
        return (root, query, builder) -> builder.and(words.stream().map(word -> {
            String pattern = SearchSpecifications.wordPattern(word);
            var coordinating = query.subquery(Long.class);
            var other = coordinating.from(TrainingClass.class);
            coordinating.select(other.get("id")).where(builder.equal(other, root),
                    builder.like(other.join("coordinatingUnits").get("searchKey"), pattern, '\\'));
            return builder.or(builder.like(root.get("searchKey"), pattern, '\\'),
                    builder.like(root.get("organizingUnit").get("searchKey"), pattern, '\\'),
                    builder.exists(coordinating));
        }).toArray(Predicate[]::new));
    }


    private Specification<TrainingClass> visible(Filter filter) {
        Specification<TrainingClass> spec = textMatches(filter.text());
        if (filter.status() != null) {
            ClassStatus status = filter.status();
            spec = spec.and((root, query, builder) -> builder.equal(root.get("status"), status));
        }
        if (filter.year() != null) {
            int year = filter.year();
            spec = spec.and((root, query, builder) -> builder.equal(root.get("year"), year));
        }
        if (filter.planId() != null) {
            long planId = filter.planId();
            spec = spec.and((root, query, builder) -> builder.equal(root.get("plan").get("id"), planId));
        }
        if (filter.unitId() != null) {
            long unitId = filter.unitId();
            spec = spec.and((root, query, builder) -> builder.equal(root.get("organizingUnit").get("id"), unitId));
        }
        String teacher = ClassReaders.teacher();
        if (teacher != null) {
            // A lecturer teaches in a handful of classes: read their ids by the one rule, then narrow the list.
            List<Long> readable = repository.idsReadBy(teacher);
            spec = spec.and((root, query, builder) -> readable.isEmpty() ? builder.disjunction()
                    : root.get("id").in(readable));
        }
        return spec;
    }

}
