package vn.lopboiduong.trainee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.domain.AbstractEntity;
import vn.lopboiduong.base.domain.SearchText;
import vn.lopboiduong.unit.Unit;

/**
 * A trainee (học viên): one record per person across years and classes. The date of birth may be known only as a
 * year, as many lists give it; the citizen ID (CCCD) is twelve digits and unique when given. The folded name
 * ({@code name_key}) and the search key are kept by the record itself, for duplicate checks and search.
 */
@Entity
@Table(name = "trainee")
public class Trainee extends AbstractEntity {

    /** The earliest year of birth accepted: a cadre in training is of working age. */
    public static final int FIRST_BIRTH_YEAR = 1900;

    @NotBlank
    @Size(max = 150)
    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 10)
    private @Nullable Gender gender;

    @Column(name = "birth_date")
    private @Nullable LocalDate birthDate;

    /** The year of birth: the date's year when the date is known, else what the list gave. */
    @Min(FIRST_BIRTH_YEAR)
    @Max(2100)
    @Column(name = "birth_year")
    private @Nullable Integer birthYear;

    @Size(max = 50)
    @Column(length = 50)
    private @Nullable String ethnicity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "position_id")
    private @Nullable TraineeOption position;

    /** The Party organisation: a unit of the tree, typically a Party cell or committee. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "party_unit_id")
    private @Nullable Unit partyUnit;

    @Size(max = 255)
    @Column(length = 255)
    private @Nullable String workplace;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theory_level_id")
    private @Nullable TraineeOption theoryLevel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "education_level_id")
    private @Nullable TraineeOption educationLevel;

    @Size(max = 20)
    @Pattern(regexp = "[0-9 +().-]*", message = "{validation.phone.pattern}")
    @Column(length = 20)
    private @Nullable String phone;

    @Email
    @Size(max = 150)
    @Column(length = 150)
    private @Nullable String email;

    /** Căn cước công dân: twelve digits. */
    @Pattern(regexp = "[0-9]{12}", message = "{validation.citizen-id.pattern}")
    @Column(name = "citizen_id", length = 12, unique = true)
    private @Nullable String citizenId;

    @Size(max = 1000)
    @Column(length = 1000)
    private @Nullable String notes;

    @Column(name = "name_key", nullable = false, length = 150)
    private String nameKey = "";

    @Column(name = "search_key", nullable = false, length = SearchText.MAX_KEY_LENGTH)
    private String searchKey = "";

    protected Trainee() {
    }

    public Trainee(String fullName) {
        setFullName(fullName);
    }

    @PrePersist
    @PreUpdate
    void updateKeys() {
        nameKey = SearchText.fold(fullName);
        searchKey = SearchText.keyOf(fullName, partyUnit == null ? null : partyUnit.getName(), workplace, phone,
                citizenId);
    }

    /** A date of birth and a year that disagree would make duplicate checks miss the person. */
    @AssertTrue(message = "{validation.birth-year.matches-date}")
    boolean isBirthYearOfTheDate() {
        return birthDate == null || birthYear == null || birthDate.getYear() == birthYear;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = SearchText.fold(fullName).isEmpty() ? fullName.strip()
                : fullName.strip().replaceAll("\\s+", " ");
        this.nameKey = SearchText.fold(this.fullName);
    }

    public @Nullable Gender getGender() {
        return gender;
    }

    public void setGender(@Nullable Gender gender) {
        this.gender = gender;
    }

    public @Nullable LocalDate getBirthDate() {
        return birthDate;
    }

    /** Sets the date of birth, and with it the year. */
    public void setBirthDate(@Nullable LocalDate birthDate) {
        this.birthDate = birthDate;
        if (birthDate != null) {
            this.birthYear = birthDate.getYear();
        }
    }

    public @Nullable Integer getBirthYear() {
        return birthYear;
    }

    /** Sets the year of birth alone (the date, if any, must agree; none given keeps the date's year). */
    public void setBirthYear(@Nullable Integer birthYear) {
        this.birthYear = birthYear == null && birthDate != null ? Integer.valueOf(birthDate.getYear()) : birthYear;
    }

    public @Nullable String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(@Nullable String ethnicity) {
        this.ethnicity = trimToNull(ethnicity);
    }

    public @Nullable TraineeOption getPosition() {
        return position;
    }

    void setPosition(@Nullable TraineeOption position) {
        this.position = position;
    }

    public @Nullable Unit getPartyUnit() {
        return partyUnit;
    }

    void setPartyUnit(@Nullable Unit partyUnit) {
        this.partyUnit = partyUnit;
    }

    public @Nullable String getWorkplace() {
        return workplace;
    }

    public void setWorkplace(@Nullable String workplace) {
        this.workplace = trimToNull(workplace);
    }

    public @Nullable TraineeOption getTheoryLevel() {
        return theoryLevel;
    }

    void setTheoryLevel(@Nullable TraineeOption theoryLevel) {
        this.theoryLevel = theoryLevel;
    }

    public @Nullable TraineeOption getEducationLevel() {
        return educationLevel;
    }

    void setEducationLevel(@Nullable TraineeOption educationLevel) {
        this.educationLevel = educationLevel;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = trimToNull(phone);
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = trimToNull(email);
    }

    public @Nullable String getCitizenId() {
        return citizenId;
    }

    /** Spaces and dots some lists put between the digits are dropped. */
    public void setCitizenId(@Nullable String citizenId) {
        String digits = citizenId == null ? null : citizenId.replaceAll("[\\s.]", "");
        this.citizenId = trimToNull(digits);
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = trimToNull(notes);
    }

    String getNameKey() {
        return nameKey;
    }
}
