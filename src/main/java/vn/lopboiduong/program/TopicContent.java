package vn.lopboiduong.program;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.domain.AbstractEntity;

/**
 * What a programme item and a class's topic share: its place in the order, title, group, kind and periods, and the
 * programme's word on its content (objectives and main contents), from which a lecturer's plan may start.
 */
@MappedSuperclass
public abstract class TopicContent extends AbstractEntity {

    /** The longest objectives or main contents a topic holds. */
    public static final int CONTENT_MAX = 4000;

    @Column(nullable = false)
    private int position;

    @NotBlank
    @Size(max = 500)
    @Column(nullable = false, length = 500)
    private String title = "";

    @Size(max = 255)
    @Column(name = "topic_group")
    private @Nullable String group;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private TopicKind kind = TopicKind.LECTURE;

    /** Tiết: teaching periods (a half-day holds about five). */
    @Min(0)
    @Max(200)
    @Column(nullable = false)
    private int periods;

    /** Mục tiêu: what trainees should know, be able to do and take away. */
    @Size(max = CONTENT_MAX)
    @Column(columnDefinition = "text")
    private @Nullable String objectives;

    /** Nội dung chính: the main contents, one part a line. */
    @Size(max = CONTENT_MAX)
    @Column(name = "main_content", columnDefinition = "text")
    private @Nullable String mainContent;

    protected TopicContent() {
    }

    protected TopicContent(String title, @Nullable String group, TopicKind kind, int periods) {
        setTitle(title);
        setGroup(group);
        this.kind = kind;
        this.periods = periods;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title.strip();
    }

    public @Nullable String getGroup() {
        return group;
    }

    public void setGroup(@Nullable String group) {
        this.group = trimToNull(group);
    }

    public TopicKind getKind() {
        return kind;
    }

    public void setKind(TopicKind kind) {
        this.kind = kind;
    }

    public int getPeriods() {
        return periods;
    }

    public void setPeriods(int periods) {
        this.periods = periods;
    }

    public @Nullable String getObjectives() {
        return objectives;
    }

    public void setObjectives(@Nullable String objectives) {
        this.objectives = trimToNull(objectives);
    }

    public @Nullable String getMainContent() {
        return mainContent;
    }

    public void setMainContent(@Nullable String mainContent) {
        this.mainContent = trimToNull(mainContent);
    }

    /** Whether the programme says anything of the topic's content. */
    public boolean hasContent() {
        return objectives != null || mainContent != null;
    }

    /** Copies the content (objectives and main contents) of another topic, as a programme applied to a class does. */
    public void copyContentFrom(TopicContent source) {
        objectives = source.objectives;
        mainContent = source.mainContent;
    }
}
