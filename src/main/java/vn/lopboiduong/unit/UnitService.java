package vn.lopboiduong.unit;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.domain.SearchSpecifications;
import vn.lopboiduong.security.Roles;

/**
 * The organisation tree. Everyone signed in may read it (other records name their unit); administrators and the
 * organizing committee edit it. A unit cannot be moved under itself or its own descendants, and a unit that other
 * records still use cannot be deleted.
 */
@Service
@Validated
@Transactional
public class UnitService {

    private static final Sort DEFAULT_SORT = Sort.by("code", "name");
    /** Search results (the unit pickers) in tree order: each unit right after its parent. */
    private static final Sort TREE_ORDER = Sort.by("treePath");

    private final UnitRepository repository;

    UnitService(UnitRepository repository) {
        this.repository = repository;
    }

    /** The direct children of a unit, or the top-level units for {@code null}, one page at a time. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitNode> children(@Nullable Long parentId, Pageable pageable) {
        return repository.findChildren(parentId, sortedOr(pageable, DEFAULT_SORT));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countChildren(@Nullable Long parentId) {
        return repository.countChildren(parentId);
    }

    /** Units whose code or name contains the query's words (diacritics ignored), as a flat page. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitNode> search(String query, Pageable pageable) {
        return repository.search(SearchSpecifications.containsPattern(query), sortedOr(pageable, TREE_ORDER));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countSearch(String query) {
        return repository.countSearch(SearchSpecifications.containsPattern(query));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Unit> get(long id) {
        return repository.findById(id).map(unit -> {
            // Read the parent's name now, so the form can show it after the transaction ends.
            if (unit.getParent() != null) {
                unit.getParent().getName();
            }
            return unit;
        });
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Unit> findByCode(String code) {
        return repository.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    public Unit create(@Valid Unit unit, @Nullable Long parentId) {
        if (repository.existsByCode(unit.getCode())) {
            throw new BusinessException("unit.error.code-taken", unit.getCode());
        }
        Unit parent = parentId == null ? null : requireUnit(parentId);
        unit.setParent(parent);
        unit.setTreePath(Unit.treePathOf(parent == null ? null : parent.getTreePath(), unit.getCode()));
        return repository.save(unit);
    }

    /** Saves an edited unit, including a move to another parent; the version it was read at must be current. */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public Unit update(@Valid Unit edited, @Nullable Long parentId) {
        // Edits take turns before reading anything, so a move's cycle check sees every move committed before it
        // (two moves at once could otherwise each pass and together put A under B and B under A).
        repository.lockTree();
        long id = edited.requireId();
        Unit stored = requireUnit(id);
        if (!stored.getCode().equals(edited.getCode()) && repository.existsByCode(edited.getCode())) {
            throw new BusinessException("unit.error.code-taken", edited.getCode());
        }
        if (parentId != null) {
            refuseCycle(id, parentId);
        }
        Unit parent = parentId == null ? null : requireUnit(parentId);
        edited.setParent(parent);
        String oldPath = stored.getTreePath();
        String newPath = Unit.treePathOf(parent == null ? null : parent.getTreePath(), edited.getCode());
        Unit saved = repository.save(edited);
        if (!newPath.equals(oldPath)) {
            repository.moveTreePaths(oldPath, oldPath.length(), newPath);
        }
        return saved;
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    public void delete(long id) {
        Unit unit = requireUnit(id);
        if (repository.countChildren(id) > 0) {
            throw new BusinessException("unit.error.has-children", unit.getName());
        }
        try {
            repository.delete(unit);
            repository.flush();
        } catch (DataIntegrityViolationException e) {
            // Another record (a lecturer, a class, a trainee...) still points at this unit.
            throw new BusinessException("unit.error.in-use", unit.getName());
        }
    }

    private Unit requireUnit(long id) {
        return repository.findById(id).orElseThrow(() -> new BusinessException("error.not-found"));
    }

    private void refuseCycle(long unitId, long newParentId) {
        Set<Long> seen = new HashSet<>();
        Long current = newParentId;
        while (current != null && seen.add(current)) {
            if (current == unitId) {
                throw new BusinessException("unit.error.cycle");
            }
            current = repository.findParentId(current);
        }
    }

    private static Pageable sortedOr(Pageable pageable, Sort sort) {
        return pageable.getSort().isSorted() ? pageable
                : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(),
                        Math.max(1, pageable.getPageSize()), sort);
    }
}
