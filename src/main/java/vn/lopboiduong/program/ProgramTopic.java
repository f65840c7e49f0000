package vn.lopboiduong.program;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One item of a programme. */
@Entity
@Table(name = "program_topic")
public class ProgramTopic extends TopicContent {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false)
    private @Nullable Program program;

    protected ProgramTopic() {
    }

    public ProgramTopic(String title, @Nullable String group, TopicKind kind, int periods) {
        super(title, group, kind, periods);
    }

    @Nullable Program getProgram() {
        return program;
    }

    void setProgram(Program program) {
        this.program = program;
    }
}
