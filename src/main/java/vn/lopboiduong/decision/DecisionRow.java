package vn.lopboiduong.decision;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of the decisions list, built by the list's query with the number of the plan and the code of the class
 * it concerns.
 */
public record DecisionRow(long id, String number, @Nullable LocalDate issueDate, DecisionKind kind, String summary,
        String issuingBody, @Nullable String planNumber, @Nullable String classCode, @Nullable String fileName) {

    public boolean hasFile() {
        return fileName != null;
    }

    /** What the decision concerns, as the list shows it: its class, else its plan. */
    public String concerns() {
        return classCode != null ? classCode : planNumber != null ? planNumber : "";
    }
}
