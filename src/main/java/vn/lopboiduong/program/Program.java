package vn.lopboiduong.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.domain.AbstractEntity;
import vn.lopboiduong.base.domain.SearchText;

/** A reusable programme: an ordered list of topics that classes of one plan copy. */
@Entity
@Table(name = "program")
public class Program extends AbstractEntity {

    @NotBlank
    @Size(max = 255)
    @Column(nullable = false)
    private String name = "";

    @Size(max = 2000)
    @Column(length = 2000)
    private @Nullable String description;

    @Column(name = "search_key", nullable = false, length = 400)
    private String searchKey = "";

    protected Program() {
    }

    public Program(String name) {
        setName(name);
    }

    @PrePersist
    @PreUpdate
    void updateSearchKey() {
        searchKey = SearchText.keyOf(name);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name.strip();
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = trimToNull(description);
    }
}
