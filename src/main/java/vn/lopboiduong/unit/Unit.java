package vn.lopboiduong.unit;

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

/** An organisation in the hierarchy: the school and its faculties, Party committees, Party cells. */
@Entity
@Table(name = "unit")
public class Unit extends AbstractEntity {

    @NotBlank
    @Size(max = 30)
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{validation.code.pattern}")
    @Column(nullable = false, unique = true, length = 30)
    private String code = "";

    @NotBlank
    @Size(max = 255)
    @Column(nullable = false)
    private String name = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private UnitKind kind = UnitKind.OTHER;

    /**
     * The {@code kind} column's place in the hierarchy (the school first, Party cells last), for sorting a list
     * by it (sort property {@code "kindOrder"}); the names sorted alphabetically would say nothing. The order is
     * {@link UnitKind}'s declaration order.
     */
    @Formula("case kind when 'SCHOOL' then 0 when 'FACULTY' then 1 when 'PARTY_BOARD' then 2"
            + " when 'PARTY_COMMITTEE' then 3 when 'PARTY_CELL' then 4 when 'OTHER' then 5 end")
    private int kindOrder;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable Unit parent;

    @Size(max = 255)
    private @Nullable String address;

    @Column(name = "search_key", nullable = false, length = 400)
    private String searchKey = "";

    /**
     * The codes from the top of the tree down to this unit ("/DU-VT/CB-VT-TX/"), so that sorting by it lists
     * parents before their children, each subtree together. Written when the unit is created; a move or a new
     * code rewrites it, and its descendants', in one statement ({@link UnitService#update}), so a save never
     * writes it back.
     */
    @Column(name = "tree_path", nullable = false, length = 1000, updatable = false)
    private String treePath = "";

    protected Unit() {
    }

    public Unit(String code, String name, UnitKind kind, @Nullable Unit parent) {
        setCode(code);
        setName(name);
        this.kind = kind;
        this.parent = parent;
    }

    @PrePersist
    @PreUpdate
    void updateSearchKey() {
        searchKey = SearchText.keyOf(code, name);
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

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public @Nullable Unit getParent() {
        return parent;
    }

    public void setParent(@Nullable Unit parent) {
        this.parent = parent;
    }

    String getTreePath() {
        return treePath;
    }

    /** The path of a unit with that code under that parent (the top of the tree for {@code null}). */
    static String treePathOf(@Nullable String parentPath, String code) {
        return (parentPath == null ? "/" : parentPath) + code + "/";
    }

    void setTreePath(String treePath) {
        this.treePath = treePath;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public void setAddress(@Nullable String address) {
        this.address = trimToNull(address);
    }

    public String getSearchKey() {
        return searchKey;
    }
}
