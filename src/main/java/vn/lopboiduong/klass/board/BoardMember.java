package vn.lopboiduong.klass.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.domain.AbstractEntity;
import vn.lopboiduong.lecturer.Lecturer;
import vn.lopboiduong.klass.TrainingClass;

/**
 * One member of a class's management board (Ban Quản lý lớp). Board members are often school staff who are also
 * lecturers, but guests from the partner Party committee sit on boards too, so the name is kept here and the link
 * to the lecturers registry is optional.
 */
@Entity
@Table(name = "class_board_member")
public class BoardMember extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id", nullable = false)
    private @Nullable TrainingClass trainingClass;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "board_role", nullable = false, length = 20)
    private BoardRole role = BoardRole.MEMBER;

    @NotBlank
    @Size(max = 150)
    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName = "";

    @Size(max = 255)
    private @Nullable String position;

    @Size(max = 20)
    @Pattern(regexp = "[0-9 +().-]*", message = "{validation.phone.pattern}")
    @Column(length = 20)
    private @Nullable String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lecturer_id")
    private @Nullable Lecturer lecturer;

    protected BoardMember() {
    }

    public BoardMember(BoardRole role, String fullName) {
        this.role = role;
        setFullName(fullName);
    }

    TrainingClass getTrainingClass() {
        if (trainingClass == null) {
            throw new IllegalStateException("Board member without a class");
        }
        return trainingClass;
    }

    void setTrainingClass(TrainingClass trainingClass) {
        this.trainingClass = trainingClass;
    }

    public BoardRole getRole() {
        return role;
    }

    public void setRole(BoardRole role) {
        this.role = role;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName.strip();
    }

    public @Nullable String getPosition() {
        return position;
    }

    public void setPosition(@Nullable String position) {
        this.position = trimToNull(position);
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = trimToNull(phone);
    }

    public @Nullable Lecturer getLecturer() {
        return lecturer;
    }

    void setLecturer(@Nullable Lecturer lecturer) {
        this.lecturer = lecturer;
    }
}
