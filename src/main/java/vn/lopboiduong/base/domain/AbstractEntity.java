package vn.lopboiduong.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Base of every editable record: a database id, an optimistic-locking version (a second, stale save is refused
 * instead of silently overwriting), and who created and last changed it, when.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @CreatedDate
    @Column(name = "created_at", updatable = false)
    private @Nullable LocalDateTime createdAt;

    @CreatedBy
    @Column(name = "created_by", updatable = false, length = 50)
    private @Nullable String createdBy;

    @LastModifiedDate
    @Column(name = "modified_at")
    private @Nullable LocalDateTime modifiedAt;

    @LastModifiedBy
    @Column(name = "modified_by", length = 50)
    private @Nullable String modifiedBy;

    public @Nullable Long getId() {
        return id;
    }

    /** The id of a record that has been saved; fails loudly for a new one. */
    public long requireId() {
        if (id == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " has not been saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public @Nullable LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getCreatedBy() {
        return createdBy;
    }

    public @Nullable LocalDateTime getModifiedAt() {
        return modifiedAt;
    }

    public @Nullable String getModifiedBy() {
        return modifiedBy;
    }

    public boolean isNew() {
        return id == null;
    }

    /** Stored text is trimmed, and blank means absent (NULL), so searches and uniqueness see no stray spaces. */
    protected static @Nullable String trimToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        return id != null && id.equals(((AbstractEntity) other).id);
    }

    @Override
    public int hashCode() {
        // Constant per class so that a record keeps its hash when it is saved and gets an id.
        return Hibernate.getClass(this).hashCode();
    }
}
