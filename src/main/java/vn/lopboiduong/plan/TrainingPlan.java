package vn.lopboiduong.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.domain.AbstractEntity;
import vn.lopboiduong.base.domain.SearchText;

/** A training plan such as Kế hoạch số 110-KH/TU: how many classes for how many trainees, for whom. */
@Entity
@Table(name = "training_plan")
public class TrainingPlan extends AbstractEntity {

    @NotBlank
    @Size(max = 50)
    @Column(nullable = false, unique = true, length = 50)
    private String number = "";

    @NotNull
    @Column(name = "issue_date", nullable = false)
    private @Nullable LocalDate issueDate;

    @NotBlank
    @Size(max = 255)
    @Column(name = "issuing_body", nullable = false)
    private String issuingBody = "";

    @Size(max = 50)
    @Column(length = 50)
    private @Nullable String term;

    @Size(max = 500)
    @Column(length = 500)
    private @Nullable String audience;

    @Min(1)
    @Max(1000)
    @Column(name = "target_classes", nullable = false)
    private int targetClasses = 1;

    @Min(1)
    @Max(1_000_000)
    @Column(name = "target_trainees", nullable = false)
    private int targetTrainees = 1;

    @Size(max = 4000)
    @Column(length = 4000)
    private @Nullable String objectives;

    @Column(name = "search_key", nullable = false, length = 400)
    private String searchKey = "";

    protected TrainingPlan() {
    }

    public TrainingPlan(String number, LocalDate issueDate, String issuingBody) {
        setNumber(number);
        this.issueDate = issueDate;
        setIssuingBody(issuingBody);
    }

    @PrePersist
    @PreUpdate
    void updateSearchKey() {
        searchKey = SearchText.keyOf(number, issuingBody, term, audience);
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

    public @Nullable String getTerm() {
        return term;
    }

    public void setTerm(@Nullable String term) {
        this.term = trimToNull(term);
    }

    public @Nullable String getAudience() {
        return audience;
    }

    public void setAudience(@Nullable String audience) {
        this.audience = trimToNull(audience);
    }

    public int getTargetClasses() {
        return targetClasses;
    }

    public void setTargetClasses(int targetClasses) {
        this.targetClasses = targetClasses;
    }

    public int getTargetTrainees() {
        return targetTrainees;
    }

    public void setTargetTrainees(int targetTrainees) {
        this.targetTrainees = targetTrainees;
    }

    public @Nullable String getObjectives() {
        return objectives;
    }

    public void setObjectives(@Nullable String objectives) {
        this.objectives = trimToNull(objectives);
    }
}
