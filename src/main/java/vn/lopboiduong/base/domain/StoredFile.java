package vn.lopboiduong.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of an uploaded file, kept in the database beside the record it belongs to: saved and rolled back in the
 * same transaction, backed up with it, never reachable by a path a user could influence. Stored in 1 MB pieces, one
 * row each, so that a large file never meets the server's packet limit. Never changed; a new file is a new row.
 * Each feature maps its own tables: the entity names its table, and its chunk table with
 * {@code @AssociationOverride(name = "chunks", joinTable = @JoinTable(name = "…_chunk", joinColumns =
 * @JoinColumn(name = "file_id")))}.
 */
@MappedSuperclass
public abstract class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private long size;

    @ElementCollection(fetch = FetchType.LAZY)
    @OrderColumn(name = "seq")
    @Lob
    @Column(name = "content", nullable = false, columnDefinition = "mediumblob")
    private List<byte[]> chunks = new ArrayList<>();

    protected StoredFile() {
    }

    protected StoredFile(byte[] content) {
        this.size = content.length;
        this.chunks = UploadedFiles.split(content);
    }

    public @Nullable Long getId() {
        return id;
    }

    public byte[] getContent() {
        return UploadedFiles.join(chunks, size);
    }
}
