package vn.lopboiduong.topicplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** One part of a plan's outline, as stored. */
@Embeddable
class PlanSection {

    @Column(nullable = false, length = 500)
    private String title = "";

    @Column(length = 4000)
    private @Nullable String summary;

    @Column(nullable = false)
    private int periods;

    protected PlanSection() {
    }

    PlanSection(String title, @Nullable String summary, int periods) {
        this.title = title;
        this.summary = summary;
        this.periods = periods;
    }

    String getTitle() {
        return title;
    }

    @Nullable String getSummary() {
        return summary;
    }

    int getPeriods() {
        return periods;
    }
}
