package vn.lopboiduong.topicplan;

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
 * The bytes of an attachment, kept in the database with the plan (saved and rolled back with it, never reachable by
 * a path) in 1 MB pieces, as decision scans are. Never changed, so a revision's attachments share it.
 */
@Entity
@Table(name = "topic_plan_file")
class TopicPlanFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private long size;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "topic_plan_file_chunk", joinColumns = @JoinColumn(name = "file_id"))
    @OrderColumn(name = "seq")
    @Lob
    @Column(name = "content", nullable = false, columnDefinition = "mediumblob")
    private List<byte[]> chunks = new ArrayList<>();

    protected TopicPlanFile() {
    }

    TopicPlanFile(byte[] content) {
        this.size = content.length;
        this.chunks = UploadedFiles.split(content);
    }

    byte[] getContent() {
        return UploadedFiles.join(chunks, size);
    }
}
