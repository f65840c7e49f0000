package vn.lopboiduong.plan;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.domain.PageOfRows;
import vn.lopboiduong.base.domain.SearchSpecifications;
import vn.lopboiduong.security.Roles;

/** Training plans: the committee edits them, leaders read them. */
@Service
@Validated
@Transactional
public class TrainingPlanService {

    private final TrainingPlanRepository repository;
    private final EntityManager entityManager;

    TrainingPlanService(TrainingPlanRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public List<TrainingPlan> list(@Nullable String text, Pageable pageable) {
        return PageOfRows.of(repository, SearchSpecifications.searchKeyContains(text), pageable);
    }

    /** The plans list's rows, built by the query; {@link #list} gives the plans a form can choose from. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public List<PlanRow> rows(@Nullable String text, Pageable pageable) {
        return PageOfRows.of(entityManager, TrainingPlan.class, SearchSpecifications.searchKeyContains(text),
                pageable, PlanRow.class, (root, query, builder) -> new PageOfRows.Columns().add("id", root.get("id"))
                        .add("number", root.get("number")).add("issueDate", root.get("issueDate"))
                        .add("issuingBody", root.get("issuingBody")).add("term", root.get("term"))
                        .add("targetClasses", root.get("targetClasses"))
                        .add("targetTrainees", root.get("targetTrainees")));
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public long count(@Nullable String text) {
        return repository.count(SearchSpecifications.searchKeyContains(text));
    }

    /**
     * One plan, for those who may list plans: lecturers may not (a class they teach shows its plan's number
     * itself).
     */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public Optional<TrainingPlan> get(long id) {
        return repository.findById(id);
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    public TrainingPlan create(@Valid TrainingPlan plan) {
        if (repository.existsByNumber(plan.getNumber())) {
            throw new BusinessException("plan.error.number-taken", plan.getNumber());
        }
        return repository.save(plan);
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    public TrainingPlan update(@Valid TrainingPlan edited) {
        if (repository.existsByNumberAndIdNot(edited.getNumber(), edited.requireId())) {
            throw new BusinessException("plan.error.number-taken", edited.getNumber());
        }
        return repository.save(edited);
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    public void delete(long id) {
        TrainingPlan plan = repository.findById(id).orElseThrow(() -> new BusinessException("error.not-found"));
        try {
            repository.delete(plan);
            repository.flush();
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("plan.error.in-use", plan.getNumber());
        }
    }
}
