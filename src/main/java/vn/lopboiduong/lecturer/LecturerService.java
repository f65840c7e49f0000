package vn.lopboiduong.lecturer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.JoinType;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.domain.PageOfRows;
import vn.lopboiduong.base.domain.SearchSpecifications;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.unit.UnitService;
import vn.lopboiduong.user.UserService;

/**
 * The lecturers registry. The committee (administrators, organizers) edits it and leaders read it; a lecturer sees
 * and edits only their own record, and only its contact details: the row-level rule is applied to every query here.
 */
@Service
@Validated
@Transactional
public class LecturerService {

    private final LecturerRepository repository;
    private final UnitService units;
    private final UserService users;
    private final EntityManager entityManager;

    LecturerService(LecturerRepository repository, UnitService units, UserService users,
            EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.units = units;
        this.users = users;
    }

    /** What the list filters by: free text (diacritics ignored) and, optionally, internal or guest. */
    public record Filter(@Nullable String text, @Nullable LecturerKind kind) {
    }

    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<LecturerRow> list(Filter filter, Pageable pageable) {
        return PageOfRows.of(entityManager, Lecturer.class, visible(filter), pageable, LecturerRow.class,
                (root, query, builder) -> new PageOfRows.Columns().add("id", root.get("id"))
                        .add("academicTitle", root.get("academicTitle")).add("degree", root.get("degree"))
                        .add("fullName", root.get("fullName")).add("kind", root.get("kind"))
                        .add("position", root.get("position"))
                        .add("unitName", root.join("unit", JoinType.LEFT).get("name"))
                        .add("phone", root.get("phone")).add("email", root.get("email"))
                        .add("username", root.join("user", JoinType.LEFT).get("username"))
                        // Kinds sort in the registry's order (the school's own first), not by name.
                        .sortOnly("kindOrder", root.get("kindOrder")));
    }

    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return repository.count(visible(filter));
    }

    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public Optional<Lecturer> get(long id) {
        return repository.findWithLinksById(id).filter(LecturerService::mayRead);
    }

    /** The lecturer record of the signed-in account, if it has one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Lecturer> own() {
        return repository.findByUserUsername(CurrentUser.requireUsername());
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    public Lecturer create(@Valid Lecturer lecturer, @Nullable Long unitId, @Nullable Long userId) {
        link(lecturer, unitId, userId);
        return repository.save(lecturer);
    }

    /**
     * Saves an edited record; the version it was read at must be current. A lecturer may save only their own
     * record, and only its contact details: a change to anything the committee keeps (name, title, degree,
     * position, unit, kind, account) is refused, not silently dropped.
     */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    public Lecturer update(@Valid Lecturer edited, @Nullable Long unitId, @Nullable Long userId) {
        Lecturer stored = repository.findWithLinksById(edited.requireId())
                .orElseThrow(() -> new BusinessException("error.not-found"));
        if (CurrentUser.isCommittee()) {
            link(edited, unitId, userId);
        } else if (isOwn(stored)) {
            if (!onlyContactChanged(stored, edited, unitId, userId)) {
                throw new BusinessException("lecturer.error.contact-only");
            }
            edited.setUnit(stored.getUnit());
            edited.setUser(stored.getUser());
        } else {
            throw new AccessDeniedException("Not your lecturer record");
        }
        return repository.save(edited);
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    public void delete(long id) {
        Lecturer lecturer = repository.findById(id).orElseThrow(() -> new BusinessException("error.not-found"));
        try {
            repository.delete(lecturer);
            repository.flush();
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("lecturer.error.in-use", lecturer.getFullName());
        }
    }

    private void link(Lecturer lecturer, @Nullable Long unitId, @Nullable Long userId) {
        lecturer.setUnit(unitId == null ? null : units.get(unitId)
                .orElseThrow(() -> new BusinessException("error.not-found")));
        if (userId == null) {
            lecturer.setUser(null);
            return;
        }
        boolean taken = lecturer.isNew() ? repository.existsByUserId(userId)
                : repository.existsByUserIdAndIdNot(userId, lecturer.requireId());
        if (taken) {
            throw new BusinessException("lecturer.error.account-taken");
        }
        lecturer.setUser(users.lecturerAccount(userId));
    }

    private static Specification<Lecturer> visible(Filter filter) {
        Specification<Lecturer> spec = SearchSpecifications.searchKeyContains(filter.text());
        if (filter.kind() != null) {
            LecturerKind kind = filter.kind();
            spec = spec.and((root, query, builder) -> builder.equal(root.get("kind"), kind));
        }
        if (!CurrentUser.isCommittee() && !CurrentUser.hasRole(Role.VIEWER)) {
            String me = CurrentUser.requireUsername();
            spec = spec.and((root, query, builder) -> builder.equal(root.join("user").get("username"), me));
        }
        return spec;
    }

    private static boolean onlyContactChanged(Lecturer stored, Lecturer edited, @Nullable Long unitId,
            @Nullable Long userId) {
        return stored.getFullName().equals(edited.getFullName())
                && stored.getAcademicTitle() == edited.getAcademicTitle()
                && stored.getDegree() == edited.getDegree()
                && Objects.equals(stored.getPosition(), edited.getPosition())
                && stored.getKind() == edited.getKind()
                && Objects.equals(stored.getUnit() == null ? null : stored.getUnit().getId(), unitId)
                && Objects.equals(stored.getUser() == null ? null : stored.getUser().getId(), userId);
    }

    private static boolean mayRead(Lecturer lecturer) {
        return CurrentUser.isCommittee() || CurrentUser.hasRole(Role.VIEWER) || isOwn(lecturer);
    }

    private static boolean isOwn(Lecturer lecturer) {
        return lecturer.getUser() != null
                && lecturer.getUser().getUsername().equals(CurrentUser.username().orElse(null));
    }
}
