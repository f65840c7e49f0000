package vn.lopboiduong.trainee;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.JoinType;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.base.domain.PageOfRows;
import vn.lopboiduong.base.domain.SearchSpecifications;
import vn.lopboiduong.base.domain.SearchText;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.unit.Unit;
import vn.lopboiduong.unit.UnitService;

/**
 * The trainee registry: one record per person across years. The committee (administrators, organizers) records
 * and edits people; leaders read. A new person who may already be recorded (same citizen ID; or same name and date
 * of birth; or same name, year of birth and Party organisation) is refused until the user has looked at the
 * matches and confirmed a new record; the same citizen ID twice is always refused.
 */
@Service
@Validated
@Transactional
public class TraineeService {

    private final TraineeRepository repository;
    private final TraineeOptionRepository options;
    private final UnitService units;
    private final EntityManager entityManager;
    private final vn.lopboiduong.base.i18n.TranslationProvider translations;

    TraineeService(TraineeRepository repository, TraineeOptionRepository options, UnitService units,
            EntityManager entityManager, vn.lopboiduong.base.i18n.TranslationProvider translations) {
        this.translations = translations;
        this.repository = repository;
        this.options = options;
        this.units = units;
        this.entityManager = entityManager;
    }

    /**
     * What the registry filters by: free text (diacritics and case ignored) over name, Party organisation,
     * workplace, phone and citizen ID; a unit with all its sub-units; a position.
     */
    public record Filter(@Nullable String text, @Nullable Long unitId, @Nullable Long positionId) {

        public static Filter text(@Nullable String text) {
            return new Filter(text, null, null);
        }
    }

    /** The managed values a record points to; {@code null} for none. */
    public record Links(@Nullable Long positionId, @Nullable Long partyUnitId, @Nullable Long theoryLevelId,
            @Nullable Long educationLevelId) {

        public static Links none() {
            return new Links(null, null, null, null);
        }
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public List<TraineeRow> list(Filter filter, Pageable pageable) {
        return PageOfRows.of(entityManager, Trainee.class, specification(filter), pageable, TraineeRow.class,
                (root, query, builder) -> new PageOfRows.Columns().add("id", root.get("id"))
                        .add("fullName", root.get("fullName")).add("gender", root.get("gender"))
                        .add("birthDate", root.get("birthDate")).add("birthYear", root.get("birthYear"))
                        .add("positionName", root.join("position", JoinType.LEFT).get("name"))
                        .add("unitName", root.join("partyUnit", JoinType.LEFT).get("name"))
                        .add("workplace", root.get("workplace")).add("phone", root.get("phone"))
                        .add("citizenId", root.get("citizenId")));
    }

    /** The registry's rows the filter finds, as an Excel workbook ({@code danh-sach-hoc-vien.xlsx}). */
    public record Export(String fileName, byte[] content) {
    }

    /** The filtered list as an Excel sheet in the reader's language, read and written a page at a time. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public Export exportXlsx(Filter filter, java.util.Locale locale) {
        java.util.Locale language = vn.lopboiduong.base.i18n.TranslationProvider.supported(locale);
        java.util.function.Function<String, String> label = key -> translations.getTranslation(key, language);
        List<String> headers = java.util.stream.Stream.of("trainees.full-name", "trainees.gender", "trainees.born",
                "trainees.position", "trainees.unit", "trainees.workplace", "trainees.phone", "trainees.citizen-id")
                .map(label).toList();
        var sort = org.springframework.data.domain.Sort.by("fullName", "id");
        byte[] content = TraineeWorkbook.write(label.apply("menu.trainees"), headers,
                (page, size) -> {
                    List<TraineeRow> rows = list(filter, org.springframework.data.domain.PageRequest.of(page, size,
                            sort));
                    // Each page is read into rows and not kept: the persistence context stays small.
                    entityManager.clear();
                    return rows;
                }, 1000,
                row -> java.util.Arrays.asList(row.fullName(),
                        row.gender() == null ? null : label.apply(row.gender().translationKey()), row.born(),
                        row.positionName(), row.unitName(), row.workplace(), row.phone(), row.citizenId()));
        return new Export("danh-sach-hoc-vien.xlsx", content);
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return repository.count(specification(filter));
    }

    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public Optional<Trainee> get(long id) {
        return repository.findWithLinksById(id);
    }

    /** The values of one managed list, in the committee's order. */
    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<TraineeOption> options(OptionKind kind) {
        return options.findByKindOrderByPosition(kind);
    }

    /**
     * People already recorded who may be the same person as {@code candidate} (its own record excluded): the same
     * citizen ID, or the same folded name with the same date of birth, or the same folded name and year of birth in
     * the same Party organisation.
     */
    @PreAuthorize(Roles.IS_COMMITTEE)
    @Transactional(readOnly = true)
    public List<TraineeRow> matches(Trainee candidate, @Nullable Long partyUnitId) {
        String nameKey = SearchText.fold(candidate.getFullName());
        LocalDate born = candidate.getBirthDate();
        Integer year = candidate.getBirthYear();
        Long self = candidate.getId();
        Specification<Trainee> same = (root, query, builder) -> {
            var byId = candidate.getCitizenId() == null ? builder.disjunction()
                    : builder.equal(root.get("citizenId"), candidate.getCitizenId());
            var byName = builder.equal(root.get("nameKey"), nameKey);
            var byBirthDate = born == null ? builder.disjunction()
                    : builder.and(byName, builder.equal(root.get("birthDate"), born));
            var byYearAndUnit = year == null || partyUnitId == null ? builder.disjunction()
                    : builder.and(byName, builder.equal(root.get("birthYear"), year),
                            builder.equal(root.get("partyUnit").get("id"), partyUnitId));
            var any = builder.or(byId, byBirthDate, byYearAndUnit);
            return self == null ? any : builder.and(any, builder.notEqual(root.get("id"), self));
        };
        return PageOfRows.of(entityManager, Trainee.class, same, Pageable.ofSize(20), TraineeRow.class,
                (root, query, builder) -> new PageOfRows.Columns().add("id", root.get("id"))
                        .add("fullName", root.get("fullName")).add("gender", root.get("gender"))
                        .add("birthDate", root.get("birthDate")).add("birthYear", root.get("birthYear"))
                        .add("positionName", root.join("position", JoinType.LEFT).get("name"))
                        .add("unitName", root.join("partyUnit", JoinType.LEFT).get("name"))
                        .add("workplace", root.get("workplace")).add("phone", root.get("phone"))
                        .add("citizenId", root.get("citizenId")));
    }

    /**
     * Records a new person. Refused while someone else has the citizen ID; refused too, naming them, while people
     * who may be the same person exist, unless {@code confirmedNew} says the user has seen them and it is another
     * person.
     */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public Trainee create(@Valid Trainee trainee, Links links, boolean confirmedNew) {
        link(trainee, links);
        checkCitizenId(trainee);
        if (!confirmedNew) {
            List<TraineeRow> possible = matches(trainee, links.partyUnitId());
            if (!possible.isEmpty()) {
                throw new BusinessException("trainee.error.possible-duplicate", describe(possible));
            }
        }
        return saved(trainee);
    }

    /** Saves an edited record; the version it was read at must be current. */
    @PreAuthorize(Roles.IS_COMMITTEE)
    public Trainee update(@Valid Trainee edited, Links links) {
        repository.findById(edited.requireId()).orElseThrow(() -> new BusinessException("error.not-found"));
        link(edited, links);
        checkCitizenId(edited);
        return saved(edited);
    }

    private Trainee saved(Trainee trainee) {
        try {
            return repository.saveAndFlush(trainee);
        } catch (DataIntegrityViolationException e) {
            // Two people saved the same citizen ID at the same moment: the unique index decides.
            throw new BusinessException("trainee.error.citizen-id-taken", Objects.toString(trainee.getCitizenId()),
                    "");
        }
    }

    private void checkCitizenId(Trainee trainee) {
        if (trainee.getCitizenId() == null) {
            return;
        }
        List<Object[]> holder = entityManager.createQuery("""
                select t.id, t.fullName from Trainee t where t.citizenId = :citizenId""", Object[].class)
                .setParameter("citizenId", trainee.getCitizenId()).getResultList();
        if (!holder.isEmpty() && !Objects.equals(holder.getFirst()[0], trainee.getId())) {
            throw new BusinessException("trainee.error.citizen-id-taken", trainee.getCitizenId(),
                    (String) holder.getFirst()[1]);
        }
    }

    private static String describe(List<TraineeRow> rows) {
        return String.join("; ", rows.stream().limit(3).map(row -> row.fullName()
                + (row.born() == null ? "" : " (" + row.born() + ")")
                + (row.unitName() == null ? "" : ", " + row.unitName())).toList());
    }

    private void link(Trainee trainee, Links links) {
        trainee.setPosition(option(links.positionId(), OptionKind.POSITION));
        trainee.setTheoryLevel(option(links.theoryLevelId(), OptionKind.THEORY_LEVEL));
        trainee.setEducationLevel(option(links.educationLevelId(), OptionKind.EDUCATION_LEVEL));
        trainee.setPartyUnit(links.partyUnitId() == null ? null : units.get(links.partyUnitId())
                .orElseThrow(() -> new BusinessException("error.not-found")));
    }

    private @Nullable TraineeOption option(@Nullable Long id, OptionKind kind) {
        if (id == null) {
            return null;
        }
        return options.findById(id).filter(option -> option.getKind() == kind)
                .orElseThrow(() -> new BusinessException("error.not-found"));
    }

    private Specification<Trainee> specification(Filter filter) {
        Specification<Trainee> text = SearchSpecifications.searchKeyContains(filter.text());
        Specification<Trainee> spec = text;
        if (filter.unitId() != null) {
            String path = treePath(filter.unitId());
            spec = spec.and((root, query, builder) -> builder.like(
                    root.join("partyUnit", JoinType.INNER).get("treePath"), escape(path) + "%", '\\'));
        }
        if (filter.positionId() != null) {
            Long positionId = filter.positionId();
            spec = spec.and((root, query, builder) -> builder.equal(root.get("position").get("id"), positionId));
        }
        return spec;
    }

    private String treePath(long unitId) {
        return entityManager.createQuery("select u.treePath from Unit u where u.id = :id", String.class)
                .setParameter("id", unitId).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("error.not-found"));
    }

    private static String escape(String path) {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** For the registry's unit filter: the unit, if it exists. */
    @PreAuthorize(Roles.IS_COMMITTEE_OR_VIEWER)
    @Transactional(readOnly = true)
    public Optional<Unit> unit(long unitId) {
        return units.get(unitId);
    }
}
