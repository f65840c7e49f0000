package vn.lopboiduong.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.annotations.Formula;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.domain.AbstractEntity;
import vn.lopboiduong.base.domain.SearchText;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.plan.TrainingPlan;

/** A numbered decision such as Quyết định số 4525-QĐ/TU, linked to the plan and class it concerns. */
@Entity
@Table(name = "decision")
public class Decision extends AbstractEntity {

    @NotBlank
    @Size(max = 50)
    @Column(nullable = false, length = 50)
    private String number = "";

    @NotNull
    @Column(name = "issue_date", nullable = false)
    private @Nullable LocalDate issueDate;

    /** Kept beside the date so that the database can refuse the same number twice in one year. */
    @Column(name = "issue_year", nullable = false)
    private int issueYear;

    @NotBlank
    @Size(max = 255)
    @Column(name = "issuing_body", nullable = false)
    private String issuingBody = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DecisionKind kind = DecisionKind.OPEN_CLASS;

    /**
     * The {@code kind} column's place in a class's paperwork, for sorting a list by it (sort property
     * {@code "kindOrder"}); the names sorted alphabetically would say nothing. The order is {@link DecisionKind}'s
     * declaration order.
     */
    @Formula("case kind when 'OPEN_CLASS' then 0 when 'MANAGEMENT_BOARD' then 1 when 'CLASS_OFFICERS' then 2"
            + " when 'COMPLETION' then 3 when 'OTHER' then 4 end")
    private int kindOrder;

    @NotBlank
    @Size(max = 2000)
    @Column(nullable = false, length = 2000)
    private String summary = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private @Nullable TrainingPlan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "class_id")
    private @Nullable TrainingClass trainingClass;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id")
    private @Nullable DecisionFile file;

    @Column(name = "file_name")
    private @Nullable String fileName;

    @Column(name = "file_size")
    private @Nullable Long fileSize;

    @Column(name = "search_key", nullable = false, length = 400)
    private String searchKey = "";

    protected Decision() {
    }

    public Decision(String number, LocalDate issueDate, String issuingBody, DecisionKind kind, String summary) {
        setNumber(number);
        setIssueDate(issueDate);
        setIssuingBody(issuingBody);
        this.kind = kind;
        setSummary(summary);
    }

    @PrePersist
    @PreUpdate
    void beforeSave() {
        issueYear = issueDate == null ? 0 : issueDate.getYear();
        searchKey = SearchText.keyOf(number, issuingBody, summary);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number.strip();
    }

    public @Nullable LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(@Nullable LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody.strip();
    }

    public DecisionKind getKind() {
        return kind;
    }

    public void setKind(DecisionKind kind) {
        this.kind = kind;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary.strip();
    }

    public @Nullable TrainingPlan getPlan() {
        return plan;
    }

    void setPlan(@Nullable TrainingPlan plan) {
        this.plan = plan;
    }

    public @Nullable TrainingClass getTrainingClass() {
        return trainingClass;
    }

    void setTrainingClass(@Nullable TrainingClass trainingClass) {
        this.trainingClass = trainingClass;
    }

    @Nullable DecisionFile getFile() {
        return file;
    }

    void attach(DecisionFile file, String fileName, long fileSize) {
        this.file = file;
        this.fileName = fileName;
        this.fileSize = fileSize;
    }

    void detach() {
        this.file = null;
        this.fileName = null;
        this.fileSize = null;
    }

    /** The scanned file's name as it was uploaded, or {@code null} when the decision has none. */
    public @Nullable String getFileName() {
        return fileName;
    }

    public @Nullable Long getFileSize() {
        return fileSize;
    }

    public boolean hasFile() {
        return fileName != null;
    }
}
