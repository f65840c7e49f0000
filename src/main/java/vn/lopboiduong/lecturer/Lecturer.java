package vn.lopboiduong.lecturer;

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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.domain.AbstractEntity;
import vn.lopboiduong.base.domain.SearchText;
import vn.lopboiduong.unit.Unit;
import vn.lopboiduong.user.UserAccount;

/** A lecturer: on the school's faculty or a guest speaker, optionally linked to a LECTURER account. */
@Entity
@Table(name = "lecturer")
public class Lecturer extends AbstractEntity {

    @NotBlank
    @Size(max = 150)
    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private LecturerKind kind = LecturerKind.INTERNAL;

    /**
     * The {@code kind} column's place in the registry (the school's own first), for sorting a list by it (sort property
     * {@code "kindOrder"}); the names sorted alphabetically would say nothing. The order is {@link LecturerKind}'s
     * declaration order.
     */
    @Formula("case kind when 'INTERNAL' then 0 when 'GUEST' then 1 end")
    private int kindOrder;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "academic_title", length = 20)
    private @Nullable AcademicTitle academicTitle;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private @Nullable Degree degree;

    @Size(max = 150)
    @Column(length = 150)
    private @Nullable String position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private @Nullable Unit unit;

    @Size(max = 20)
    @Pattern(regexp = "[0-9 +().-]*", message = "{validation.phone.pattern}")
    @Column(length = 20)
    private @Nullable String phone;

    @Email
    @Size(max = 150)
    @Column(length = 150)
    private @Nullable String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private @Nullable UserAccount user;

    @Column(name = "search_key", nullable = false, length = 400)
    private String searchKey = "";

    protected Lecturer() {
    }

    public Lecturer(String fullName, LecturerKind kind) {
        setFullName(fullName);
        this.kind = kind;
    }

    @PrePersist
    @PreUpdate
    void updateSearchKey() {
        searchKey = SearchText.keyOf(fullName, position, email, phone);
    }

    /** The name as documents print it: "PGS.TS. Nguyễn Văn A", "ThS. Hoàng Minh Tuấn". */
    public String getDisplayName() {
        return displayName(academicTitle, degree, fullName);
    }

    /** The name as documents print it, from its parts (a list row reads them without the lecturer). */
    static String displayName(@Nullable AcademicTitle academicTitle, @Nullable Degree degree, String fullName) {
        StringBuilder prefix = new StringBuilder();
        if (academicTitle != null) {
            prefix.append(academicTitle.abbreviation());
        }
        if (degree != null) {
            prefix.append(degree.abbreviation());
        }
        return prefix.isEmpty() ? fullName : prefix + " " + fullName;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName.strip();
    }

    public LecturerKind getKind() {
        return kind;
    }

    public void setKind(LecturerKind kind) {
        this.kind = kind;
    }

    public @Nullable AcademicTitle getAcademicTitle() {
        return academicTitle;
    }

    public void setAcademicTitle(@Nullable AcademicTitle academicTitle) {
        this.academicTitle = academicTitle;
    }

    public @Nullable Degree getDegree() {
        return degree;
    }

    public void setDegree(@Nullable Degree degree) {
        this.degree = degree;
    }

    public @Nullable String getPosition() {
        return position;
    }

    public void setPosition(@Nullable String position) {
        this.position = trimToNull(position);
    }

    public @Nullable Unit getUnit() {
        return unit;
    }

    void setUnit(@Nullable Unit unit) {
        this.unit = unit;
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

    public @Nullable UserAccount getUser() {
        return user;
    }

    void setUser(@Nullable UserAccount user) {
        this.user = user;
    }

    public String getSearchKey() {
        return searchKey;
    }
}
