package vn.lopboiduong.trainee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.lopboiduong.base.domain.AbstractEntity;
import vn.lopboiduong.base.domain.SearchText;

/**
 * A value of one of the managed lists ({@link OptionKind}), in the order the committee keeps it. Its folded name
 * ({@code name_key}) is unique per list, so "Bí thư" and "bi thu" are one value, and an import matches either.
 */
@Entity
@Table(name = "trainee_option")
public class TraineeOption extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20, updatable = false)
    private OptionKind kind = OptionKind.POSITION;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name = "";

    @Column(name = "name_key", nullable = false, length = 100)
    private String nameKey = "";

    @Column(nullable = false)
    private int position;

    protected TraineeOption() {
    }

    public TraineeOption(OptionKind kind, String name, int position) {
        this.kind = kind;
        setName(name);
        this.position = position;
    }

    public OptionKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name.strip();
        this.nameKey = SearchText.fold(this.name);
    }

    public int getPosition() {
        return position;
    }
}
