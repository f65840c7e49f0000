package vn.lopboiduong.decision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.domain.UploadedFiles;

/**
 * The bytes of a decision's scanned PDF, kept in the database beside the decision: saved and rolled back in the
 * same transaction, backed up with it, and never reachable by a path a user could influence. Stored in 1 MB pieces,
 * one row each, so that a 10 MB scan never meets the server's packet limit. Never changed; a new scan is a new row.
 */
@Entity
@Table(name = "decision_file")
class DecisionFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private long size;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "decision_file_chunk", joinColumns = @JoinColumn(name = "file_id"))
    @OrderColumn(name = "seq")
    @Lob
    @Column(name = "content", nullable = false, columnDefinition = "mediumblob")
    private List<byte[]> chunks = new ArrayList<>();

    protected DecisionFile() {
    }

    DecisionFile(byte[] content) {
        this.size = content.length;
        this.chunks = UploadedFiles.split(content);
    }

    @Nullable Long getId() {
        return id;
    }

    byte[] getContent() {
        return UploadedFiles.join(chunks, size);
    }
}
