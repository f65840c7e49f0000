package vn.lopboiduong.topicplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.ui.DatePickers;
import vn.lopboiduong.base.ui.Notifications;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.topicplan.TopicPlanExport;
import vn.lopboiduong.topicplan.TopicPlanService;
import vn.lopboiduong.topicplan.TopicPlanService.ClassPlanRow;
import vn.lopboiduong.topicplan.TopicPlanService.Deadline;

/** A class's plan deadline (which the committee may move) and the plans of its topics. */
class ClassPlans extends VerticalLayout {

    private final TopicPlanService plans;
    private final long classId;
    private final int defaultDays;

    final Paragraph deadline = new Paragraph();
    final DatePicker deadlinePicker = DatePickers.create(getTranslation("topic-plans.class.deadline-date"));
    final Button saveDeadline = new Button(getTranslation("action.save"));
    final Button useDefault = new Button(getTranslation("topic-plans.class.use-default"));
    final Grid<ClassPlanRow> grid = new Grid<>();

    ClassPlans(TopicPlanService plans, TopicPlanExport export, long classId, int defaultDays) {
        this.plans = plans;
        this.classId = classId;
        this.defaultDays = defaultDays;
        setPadding(false);
        deadline.addClassName("topic-plans-deadline");
        add(deadline);
        if (CurrentUser.isCommittee()) {
            add(deadlineEditor());
        }
        configureGrid();
        add(TopicPlanPrint.classPdfLink(export, classId), grid);
        refresh();
    }

    private Component deadlineEditor() {
        saveDeadline.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveDeadline.addClickListener(click -> {
            LocalDate date = deadlinePicker.getValue();
            if (date == null) {
                deadlinePicker.setErrorMessage(getTranslation("topic-plans.class.deadline-required"));
                deadlinePicker.setInvalid(true);
                return;
            }
            ServiceCalls.call(() -> plans.setDeadline(classId, date)).ifPresent(saved -> {
                Notifications.success(getTranslation("topic-plans.class.deadline-saved", DateFormats.format(date)));
                refresh();
            });
        });
        useDefault.addClickListener(click -> ServiceCalls.call(() -> plans.setDeadline(classId, null))
                .ifPresent(saved -> {
                    Notifications.success(getTranslation("topic-plans.class.deadline-reset"));
                    refresh();
                }));
        var editor = new HorizontalLayout(deadlinePicker, saveDeadline, useDefault);
        editor.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        editor.setWrap(true);
        return editor;
    }

    private void configureGrid() {
        grid.addClassName("topic-plans-grid");
        grid.addColumn(ClassPlanRow::position).setHeader(getTranslation("topic-plans.class.position"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(ClassPlanRow::topicTitle).setHeader(getTranslation("topic-plans.class.topic"))
                .setFlexGrow(1).setWidth("16em");
        grid.addColumn(row -> getTranslation(row.kind().translationKey()))
                .setHeader(getTranslation("topic-plans.class.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ClassPlanRow::periods).setHeader(getTranslation("topic-plans.class.periods"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(row -> row.lecturerName() == null ? "" : row.lecturerName())
                .setHeader(getTranslation("topic-plans.class.lecturer")).setAutoWidth(true);
        grid.addComponentColumn(row -> PlanStatusBadge.of(row.status()))
                .setHeader(getTranslation("topic-plans.class.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.versionNumber() == null ? "" : String.valueOf(row.versionNumber()))
                .setHeader(getTranslation("topic-plans.class.version")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(row -> PlanStatusBadge.deadline(row.deadline(), row.overdue())).setHeader(getTranslation("topic-plans.class.deadline"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> DateFormats.format(row.lastChange()))
                .setHeader(getTranslation("topic-plans.class.last-change")).setAutoWidth(true).setFlexGrow(0);
        // Overdue plans are what the committee chases, so their whole row stands out (styles.css).
        grid.setPartNameGenerator(row -> row.overdue() ? "overdue-row" : null);
        grid.addItemClickListener(click -> TopicPlanView.open(click.getItem().topicId()));
        // A class has a couple of dozen topics at most: a fixed height keeps the page's layout steady.
        grid.setHeight("30em");
        grid.setEmptyStateText(getTranslation("topic-plans.class.empty"));
    }

    private void refresh() {
        Deadline current = plans.deadline(classId);
        deadline.setText(deadlineText(current));
        deadlinePicker.setValue(current.classOwn() ? current.date() : null);
        deadlinePicker.setInvalid(false);
        useDefault.setEnabled(current.classOwn());
        grid.setItems(plans.classPlans(classId));
    }

    private String deadlineText(Deadline current) {
        if (current.date() == null) {
            return getTranslation("topic-plans.class.deadline-unknown");
        }
        String date = DateFormats.format(current.date());
        return current.classOwn() ? getTranslation("topic-plans.class.deadline-own", date)
                : getTranslation("topic-plans.class.deadline-default", date, String.valueOf(defaultDays));
    }
}
