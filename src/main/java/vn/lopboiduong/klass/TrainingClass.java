package vn.lopboiduong.klass;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.domain.AbstractEntity;
import vn.lopboiduong.base.domain.SearchText;
import vn.lopboiduong.plan.TrainingPlan;
import vn.lopboiduong.unit.Unit;

/** One training class ("lớp bồi dưỡng"): who organises it, for whom, when and where, and its status. */
@Entity
@Table(name = "training_class")
public class TrainingClass extends AbstractEntity {

    @NotBlank
    @Size(max = 30)
    @Pattern(regexp = "[A-Za-z0-9._/-]*", message = "{validation.code.pattern}")
    @Column(nullable = false, unique = true, length = 30)
    private String code = "";

    @NotBlank
    @Size(max = 255)
    @Column(nullable = false)
    private String name = "";

    @Size(max = 100)
    @Column(length = 100)
    private @Nullable String cohort;

    @Min(2000)
    @Max(2100)
    @Column(name = "class_year", nullable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private @Nullable TrainingPlan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organizing_unit_id", nullable = false)
    private @Nullable Unit organizingUnit;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "class_coordinating_unit", joinColumns = @JoinColumn(name = "class_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> coordinatingUnits = new HashSet<>();

    @Size(max = 500)
    @Column(length = 500)
    private @Nullable String audience;

    @Size(max = 4000)
    @Column(length = 4000)
    private @Nullable String objectives;

    @Column(name = "start_date")
    private @Nullable LocalDate startDate;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @Size(max = 255)
    private @Nullable String venue;

    @Min(1)
    @Max(10_000)
    private @Nullable Integer capacity;

    @Min(0)
    @Max(100)
    @Column(name = "attendance_threshold", nullable = false)
    private int attendanceThreshold = 80;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ClassStatus status = ClassStatus.DRAFT;

    /**
     * The {@code status} column's place in the class's life, for sorting a list by it (sort property
     * {@code "statusOrder"}); the names sorted alphabetically would say nothing. The order is {@link ClassStatus}'s
     * declaration order.
     */
    @Formula("case status when 'DRAFT' then 0 when 'PLANNED' then 1 when 'IN_PROGRESS' then 2"
            + " when 'COMPLETED' then 3 when 'CANCELLED' then 4 end")
    private int statusOrder;

    @Column(name = "search_key", nullable = false, length = 400)
    private String searchKey = "";

    protected TrainingClass() {
    }

    public TrainingClass(String code, String name, int year) {
        setCode(code);
        setName(name);
        this.year = year;
    }

    @PrePersist
    @PreUpdate
    void updateSearchKey() {
        searchKey = SearchText.keyOf(code, name, cohort, venue, audience);
    }

    /**
     * A class's name followed by its cohort ("… – Khóa I năm 2025"), the one way lists, pickers and headers show
     * it; a name that already ends with or contains its cohort (typed both ways, diacritics and case aside) is
     * shown as it is, so the cohort never appears twice.
     */
    public static String nameWithCohort(String name, @Nullable String cohort) {
        if (cohort == null || cohort.isBlank() || SearchText.fold(name).contains(SearchText.fold(cohort))) {
            return name;
        }
        return name + " – " + cohort;
    }

    public String getNameWithCohort() {
        return nameWithCohort(name, cohort);
    }

    @AssertTrue(message = "{validation.class.dates}")
    boolean isEndNotBeforeStart() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name.strip();
    }

    public @Nullable String getCohort() {
        return cohort;
    }

    public void setCohort(@Nullable String cohort) {
        this.cohort = trimToNull(cohort);
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public @Nullable TrainingPlan getPlan() {
        return plan;
    }

    void setPlan(@Nullable TrainingPlan plan) {
        this.plan = plan;
    }

    public @Nullable Unit getOrganizingUnit() {
        return organizingUnit;
    }

    void setOrganizingUnit(Unit organizingUnit) {
        this.organizingUnit = organizingUnit;
    }

    public Set<Unit> getCoordinatingUnits() {
        return Set.copyOf(coordinatingUnits);
    }

    void setCoordinatingUnits(Set<Unit> units) {
        coordinatingUnits.clear();
        coordinatingUnits.addAll(units);
    }

    public @Nullable String getAudience() {
        return audience;
    }

    public void setAudience(@Nullable String audience) {
        this.audience = trimToNull(audience);
    }

    public @Nullable String getObjectives() {
        return objectives;
    }

    public void setObjectives(@Nullable String objectives) {
        this.objectives = trimToNull(objectives);
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(@Nullable LocalDate startDate) {
        this.startDate = startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(@Nullable LocalDate endDate) {
        this.endDate = endDate;
    }

    public @Nullable String getVenue() {
        return venue;
    }

    public void setVenue(@Nullable String venue) {
        this.venue = trimToNull(venue);
    }

    public @Nullable Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(@Nullable Integer capacity) {
        this.capacity = capacity;
    }

    public int getAttendanceThreshold() {
        return attendanceThreshold;
    }

    public void setAttendanceThreshold(int attendanceThreshold) {
        this.attendanceThreshold = attendanceThreshold;
    }

    public ClassStatus getStatus() {
        return status;
    }

    void setStatus(ClassStatus status) {
        this.status = status;
    }
}
