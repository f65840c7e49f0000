package vn.lopboiduong.topicplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.ui.TextLimits;
import vn.lopboiduong.topicplan.PlanContent;
import vn.lopboiduong.topicplan.PlanContent.Section;

/**
 * The fields of a topic plan (đề cương) in the order a school's form asks for them: objectives, the outline of
 * sections with their periods, teaching methods, materials, questions and what trainees prepare. Editable or
 * read-only; a field can be marked as changed against another version. Plain multi-line texts, one column.
 */
class PlanForm extends Div {

    private final int topicPeriods;
    private final Map<String, Div> blocks = new LinkedHashMap<>();
    final TextArea knowledge = area("knowledge");
    final TextArea skills = area("skills");
    final TextArea attitude = area("attitude");
    final TextArea teachingMethods = area("teachingMethods");
    final TextArea materials = area("materials");
    final TextArea questions = area("questions");
    final TextArea traineePreparation = area("traineePreparation");
    final Div sectionRows = new Div();
    final Span periodsSum = new Span();
    final Button addSection = new Button(getTranslation("topic-plans.section.add"), VaadinIcon.PLUS.create());
    private final List<SectionRow> rows = new ArrayList<>();
    private boolean readOnly;

    PlanForm(int topicPeriods) {
        this.topicPeriods = topicPeriods;
        addClassName("plan-form");
        var objectives = new Div(new H3(getTranslation("topic-plans.field.objectives")));
        objectives.addClassName("plan-form-group");
        objectives.add(block("knowledge", knowledge), block("skills", skills), block("attitude", attitude));
        add(objectives);

        sectionRows.addClassName("plan-sections");
        periodsSum.addClassName("plan-periods-sum");
        addSection.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addSection.addClickListener(click -> {
            SectionRow row = addRow(new Section("", null, 0));
            row.title.focus();
        });
        var outline = new Div(new H3(getTranslation("topic-plans.field.sections")), sectionRows, addSection,
                periodsSum);
        outline.addClassName("plan-form-group");
        blocks.put("sections", outline);
        add(outline);

        var teaching = new Div(new H3(getTranslation("topic-plans.field.teaching")));
        teaching.addClassName("plan-form-group");
        teaching.add(block("teachingMethods", teachingMethods), block("materials", materials),
                block("questions", questions), block("traineePreparation", traineePreparation));
        add(teaching);
        showPeriods();
    }

    private TextArea area(String field) {
        var area = new TextArea(getTranslation("topic-plans.field." + field));
        area.setWidthFull();
        area.setMinRows(2);
        area.setMaxRows(12);
        TextLimits.limit(area, PlanContent.TEXT_MAX);
        return area;
    }

    private Div block(String field, Component component) {
        var block = new Div(component);
        block.addClassName("plan-field");
        blocks.put(field, block);
        return block;
    }

    /** Shows a plan's content. */
    void read(PlanContent content) {
        knowledge.setValue(text(content.knowledge()));
        skills.setValue(text(content.skills()));
        attitude.setValue(text(content.attitude()));
        teachingMethods.setValue(text(content.teachingMethods()));
        materials.setValue(text(content.materials()));
        questions.setValue(text(content.questions()));
        traineePreparation.setValue(text(content.traineePreparation()));
        rows.clear();
        sectionRows.removeAll();
        content.sections().forEach(this::addRow);
        showPeriods();
    }

    /** What the fields hold now; sections without a title are left out, as the service would refuse them. */
    PlanContent content() {
        List<Section> sections = rows.stream().filter(row -> !row.title.getValue().isBlank())
                .map(SectionRow::section).toList();
        return new PlanContent(blank(knowledge), blank(skills), blank(attitude), sections, blank(teachingMethods),
                blank(materials), blank(questions), blank(traineePreparation));
    }

    /** Whether a section has periods or a summary but no title yet, which would be lost on save. */
    boolean hasUntitledSections() {
        return rows.stream().anyMatch(row -> row.title.getValue().isBlank()
                && (!row.summary.getValue().isBlank() || row.periods.getValue() != null
                        && row.periods.getValue() > 0));
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        List.of(knowledge, skills, attitude, teachingMethods, materials, questions, traineePreparation)
                .forEach(area -> area.setReadOnly(readOnly));
        rows.forEach(row -> row.setReadOnly(readOnly));
        addSection.setVisible(!readOnly);
        getElement().getClassList().set("read-only", readOnly);
    }

    /** Marks the named fields ({@link PlanContent#FIELDS}) as changed, in colour and in words. */
    void markChanged(Set<String> fields) {
        blocks.forEach((field, block) -> {
            boolean changed = fields.contains(field);
            block.getElement().getClassList().set("plan-field-changed", changed);
            block.getChildren().filter(child -> child.hasClassName("plan-changed-marker")).toList()
                    .forEach(block::remove);
            if (changed) {
                var marker = new Span(getTranslation("topic-plans.compare.changed"));
                marker.addClassName("plan-changed-marker");
                block.addComponentAsFirst(marker);
            }
        });
    }

    /** The outline's periods against the topic's: a warning when they differ, never a refusal. */
    private void showPeriods() {
        int sum = rows.stream().mapToInt(SectionRow::periodsValue).sum();
        boolean matches = sum == topicPeriods;
        periodsSum.setText(getTranslation(matches ? "topic-plans.section.periods-match"
                : "topic-plans.section.periods-differ", sum, topicPeriods));
        periodsSum.getElement().getClassList().set("plan-periods-warning", !matches);
    }

    private SectionRow addRow(Section section) {
        var row = new SectionRow(section);
        rows.add(row);
        sectionRows.add(row);
        renumber();
        row.setReadOnly(readOnly);
        return row;
    }

    private void move(SectionRow row, int direction) {
        int index = rows.indexOf(row);
        int target = index + direction;
        if (target < 0 || target >= rows.size()) {
            return;
        }
        rows.remove(index);
        rows.add(target, row);
        sectionRows.removeAll();
        rows.forEach(sectionRows::add);
        renumber();
    }

    private void remove(SectionRow row) {
        rows.remove(row);
        sectionRows.remove(row);
        renumber();
        showPeriods();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number.setText(getTranslation("topic-plans.section.number", i + 1));
            rows.get(i).up.setEnabled(i > 0);
            rows.get(i).down.setEnabled(i < rows.size() - 1);
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String blank(TextArea area) {
        String value = area.getValue().strip();
        return value.isEmpty() ? null : value;
    }

    /** One section of the outline: its number, title, summary and periods, and buttons to move or remove it. */
    final class SectionRow extends Div {

        final Span number = new Span();
        final TextField title = new TextField(getTranslation("topic-plans.section.title"));
        final TextArea summary = new TextArea(getTranslation("topic-plans.section.summary"));
        final IntegerField periods = new IntegerField(getTranslation("topic-plans.section.periods"));
        final Button up = icon(VaadinIcon.ARROW_UP, "topic-plans.section.move-up");
        final Button down = icon(VaadinIcon.ARROW_DOWN, "topic-plans.section.move-down");
        // Not a trash can: removing a section changes only the form, and nothing is stored until it is saved.
        final Button delete = icon(VaadinIcon.CLOSE_SMALL, "topic-plans.section.remove");
        private final Div buttons = new Div(up, down, delete);

        SectionRow(Section section) {
            addClassName("plan-section");
            number.addClassName("plan-section-number");
            title.setWidthFull();
            TextLimits.limit(title, 500);
            title.setValue(section.title());
            summary.setWidthFull();
            summary.setMaxRows(6);
            TextLimits.limit(summary, 4000);
            summary.setValue(text(section.summary()));
            periods.setMin(0);
            periods.setMax(200);
            periods.setStepButtonsVisible(true);
            periods.setValue(section.periods());
            periods.setValueChangeMode(ValueChangeMode.EAGER);
            periods.addValueChangeListener(change -> showPeriods());
            periods.addClassName("plan-section-periods");
            up.addClickListener(click -> move(this, -1));
            down.addClickListener(click -> move(this, 1));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClickListener(click -> remove(this));
            buttons.addClassName("plan-section-buttons");
            var head = new Div(number, title, periods, buttons);
            head.addClassName("plan-section-head");
            add(head, summary);
        }

        private Button icon(VaadinIcon icon, String labelKey) {
            var button = new Button(icon.create());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            button.getElement().setAttribute("aria-label", getTranslation(labelKey));
            button.getElement().setAttribute("title", getTranslation(labelKey));
            return button;
        }

        int periodsValue() {
            Integer value = periods.getValue();
            return value == null ? 0 : Math.max(0, value);
        }

        Section section() {
            String text = summary.getValue().strip();
            return new Section(title.getValue().strip(), text.isEmpty() ? null : text,
                    Math.min(200, periodsValue()));
        }

        void setReadOnly(boolean readOnly) {
            title.setReadOnly(readOnly);
            summary.setReadOnly(readOnly);
            periods.setReadOnly(readOnly);
            periods.setStepButtonsVisible(!readOnly);
            buttons.setVisible(!readOnly);
        }
    }
}
