package vn.lopboiduong.topicplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A file attached to one version of a plan: its kind, the name it was uploaded with, and its bytes. */
@Entity
@Table(name = "topic_plan_attachment")
class TopicPlanAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private @Nullable TopicPlanVersion version;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AttachmentKind kind = AttachmentKind.PLAN_DOCUMENT;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id", nullable = false)
    private @Nullable TopicPlanFile file;

    @Column(name = "file_name", nullable = false)
    private String fileName = "";

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    protected TopicPlanAttachment() {
    }

    TopicPlanAttachment(TopicPlanVersion version, AttachmentKind kind, TopicPlanFile file, String fileName,
            long fileSize) {
        this.version = version;
        this.kind = kind;
        this.file = file;
        this.fileName = fileName;
        this.fileSize = fileSize;
    }

    /** The same file attached to another version (a revision starts with its predecessor's attachments). */
    TopicPlanAttachment copyTo(TopicPlanVersion other) {
        return new TopicPlanAttachment(other, kind, requireFile(), fileName, fileSize);
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("Attachment not saved");
        }
        return id;
    }

    TopicPlanVersion getVersion() {
        if (version == null) {
            throw new IllegalStateException("An attachment always has its version");
        }
        return version;
    }

    AttachmentKind getKind() {
        return kind;
    }

    TopicPlanFile requireFile() {
        if (file == null) {
            throw new IllegalStateException("An attachment always has its file");
        }
        return file;
    }

    String getFileName() {
        return fileName;
    }

    long getFileSize() {
        return fileSize;
    }
}
