package vn.lopboiduong.topicplan;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import vn.lopboiduong.base.domain.StoredFile;

/**
 * The bytes of a topic-plan attachment (see {@link StoredFile}). Never changed, so a revision's attachments share it.
 */
@Entity
@Table(name = "topic_plan_file")
@AssociationOverride(name = "chunks",
        joinTable = @JoinTable(name = "topic_plan_file_chunk", joinColumns = @JoinColumn(name = "file_id")))
class TopicPlanFile extends StoredFile {

    protected TopicPlanFile() {
    }

    TopicPlanFile(byte[] content) {
        super(content);
    }
}
