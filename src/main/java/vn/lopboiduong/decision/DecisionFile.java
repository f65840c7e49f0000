package vn.lopboiduong.decision;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import vn.lopboiduong.base.domain.StoredFile;

/** The bytes of a decision's scanned PDF (see {@link StoredFile}). */
@Entity
@Table(name = "decision_file")
@AssociationOverride(name = "chunks",
        joinTable = @JoinTable(name = "decision_file_chunk", joinColumns = @JoinColumn(name = "file_id")))
class DecisionFile extends StoredFile {

    protected DecisionFile() {
    }

    DecisionFile(byte[] content) {
        super(content);
    }
}
