package vn.lopboiduong.topicplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a school's đề cương asks for: objectives (knowledge, skills, attitude), an ordered outline, teaching
 * methods, materials and references, discussion or review questions, and what trainees must prepare. Plain
 * multi-line texts; blank means not written yet.
 */
public record PlanContent(
        @Size(max = TEXT_MAX) @Nullable String knowledge,
        @Size(max = TEXT_MAX) @Nullable String skills,
        @Size(max = TEXT_MAX) @Nullable String attitude,
        @NotNull @Size(max = 50) List<@Valid @NotNull Section> sections,
        @Size(max = TEXT_MAX) @Nullable String teachingMethods,
        @Size(max = TEXT_MAX) @Nullable String materials,
        @Size(max = TEXT_MAX) @Nullable String questions,
        @Size(max = TEXT_MAX) @Nullable String traineePreparation) {

    /**
     * The longest text a field holds: far more than a plan needs, and within a TEXT column (65,535 bytes) even at
     * four bytes a character.
     */
    public static final int TEXT_MAX = 16_000;

    /** The names {@link #changedFields} reports, in the order the plan shows them. */
    public static final List<String> FIELDS = List.of("knowledge", "skills", "attitude", "sections",
            "teachingMethods", "materials", "questions", "traineePreparation");

    public PlanContent {
        sections = List.copyOf(sections);
    }

    /** One part of the outline: a title, what it covers, and its teaching periods (tiết). */
    public record Section(@NotBlank @Size(max = 500) String title, @Size(max = 4000) @Nullable String summary,
            @Min(0) @Max(200) int periods) {
    }

    public static PlanContent empty() {
        return new PlanContent(null, null, null, List.of(), null, null, null, null);
    }

    /** The outline's periods added up, to compare with the topic's. */
    public int sectionPeriods() {
        return sections.stream().mapToInt(Section::periods).sum();
    }

    /** Whether nothing has been written. */
    public boolean isEmpty() {
        return equals(empty());
    }

    /** The names ({@link #FIELDS}) of the fields that differ from the other content, in the plan's order. */
    public List<String> changedFields(PlanContent other) {
        List<String> changed = new ArrayList<>();
        List<Object> mine = values();
        List<Object> theirs = other.values();
        for (int i = 0; i < FIELDS.size(); i++) {
            if (!Objects.equals(mine.get(i), theirs.get(i))) {
                changed.add(FIELDS.get(i));
            }
        }
        return changed;
    }

    private List<Object> values() {
        List<Object> values = new ArrayList<>();
        values.add(Objects.toString(knowledge, ""));
        values.add(Objects.toString(skills, ""));
        values.add(Objects.toString(attitude, ""));
        values.add(sections);
        values.add(Objects.toString(teachingMethods, ""));
        values.add(Objects.toString(materials, ""));
        values.add(Objects.toString(questions, ""));
        values.add(Objects.toString(traineePreparation, ""));
        return values;
    }
}
