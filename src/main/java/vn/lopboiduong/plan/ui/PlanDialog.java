package vn.lopboiduong.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.plan.PlanProgress;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import vn.lopboiduong.base.ui.DatePickers;
import vn.lopboiduong.base.ui.FormDialog;
import vn.lopboiduong.base.ui.Notifications;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.plan.TrainingPlan;
import vn.lopboiduong.plan.TrainingPlanService;

/** Records or edits a training plan; read-only for leaders. */
final class PlanDialog {

    final TextField number = new TextField();
    final com.vaadin.flow.component.datepicker.DatePicker issueDate;
    final TextField issuingBody = new TextField();
    final TextField term = new TextField();
    final TextField audience = new TextField();
    final IntegerField targetClasses = new IntegerField();
    final IntegerField targetTrainees = new IntegerField();
    final TextArea objectives = new TextArea();
    final FormDialog dialog;

    private final BeanValidationBinder<TrainingPlan> binder = FormDialog.binder(TrainingPlan.class);

    final Grid<PlanProgress.PlanClass> classes = new Grid<>();

    private PlanDialog(TrainingPlanService plans, TrainingPlan plan, boolean editable, Runnable onChange) {
        var form = new FormLayout();
        dialog = new FormDialog(form.getTranslation(plan.isNew() ? "plans.dialog.new" : "plans.dialog.edit",
                plan.getNumber()), form, () -> save(plans, plan, onChange));
        issueDate = DatePickers.create(form.getTranslation("plans.issue-date"));

        number.setLabel(form.getTranslation("plans.number"));
        number.setPlaceholder("110-KH/TU");
        issuingBody.setLabel(form.getTranslation("plans.issuing-body"));
        term.setLabel(form.getTranslation("plans.term"));
        term.setPlaceholder("2020–2025");
        audience.setLabel(form.getTranslation("plans.audience"));
        targetClasses.setLabel(form.getTranslation("plans.target-classes"));
        targetClasses.setStepButtonsVisible(true);
        targetTrainees.setLabel(form.getTranslation("plans.target-trainees"));
        targetTrainees.setStepButtonsVisible(true);
        objectives.setLabel(form.getTranslation("plans.objectives"));

        binder.forField(number).bind("number");
        binder.forField(issueDate).bind("issueDate");
        binder.forField(issuingBody).bind("issuingBody");
        binder.forField(term).withNullRepresentation("").bind("term");
        binder.forField(audience).withNullRepresentation("").bind("audience");
        binder.forField(targetClasses).asRequired(form.getTranslation("validation.required")).bind("targetClasses");
        binder.forField(targetTrainees).asRequired(form.getTranslation("validation.required"))
                .bind("targetTrainees");
        binder.forField(objectives).withNullRepresentation("").bind("objectives");
        binder.readBean(plan);
        binder.setReadOnly(!editable);
        dialog.saveButton().setVisible(editable);

        form.add(number, issueDate);
        form.add(issuingBody, 2);
        form.add(term, audience, targetClasses, targetTrainees);
        form.add(objectives, 2);

        if (editable && !plan.isNew()) {
            var delete = new Button(form.getTranslation("action.delete"), click -> {
                if (ServiceCalls.run(() -> plans.delete(plan.requireId()))) {
                    Notifications.success(form.getTranslation("plans.deleted", plan.getNumber()));
                    dialog.close();
                    onChange.run();
                }
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.addExtraActions(delete);
        }
    }

    static FormDialog forNew(TrainingPlanService plans, java.time.LocalDate today, Runnable onChange) {
        return new PlanDialog(plans, new TrainingPlan("", today, ""), true, onChange).dialog;
    }

    static FormDialog forExisting(TrainingPlanService plans, PlanProgress progress, TrainingPlan plan,
            boolean editable, Runnable onChange) {
        var planDialog = new PlanDialog(plans, plan, editable, onChange);
        planDialog.showClasses(progress, plan.requireId());
        return planDialog.dialog;
    }

    /** The classes opened under the plan, each a way to its class page. */
    private void showClasses(PlanProgress progress, long planId) {
        classes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        classes.addColumn(PlanProgress.PlanClass::code).setHeader(dialog.getTranslation("classes.code"))
                .setAutoWidth(true).setFlexGrow(0);
        classes.addColumn(PlanProgress.PlanClass::name).setHeader(dialog.getTranslation("classes.name"))
                .setFlexGrow(3);
        classes.addColumn(row -> row.startDate() == null ? "" : DateFormats.format(row.startDate()) + " – "
                + DateFormats.format(row.endDate())).setHeader(dialog.getTranslation("classes.dates"))
                .setAutoWidth(true).setFlexGrow(0);
        classes.addColumn(row -> dialog.getTranslation(row.statusKey()))
                .setHeader(dialog.getTranslation("classes.status")).setAutoWidth(true).setFlexGrow(0);
        classes.setEmptyStateText(dialog.getTranslation("plans.classes.empty"));
        classes.setHeight("14em");
        classes.addItemClickListener(click -> {
            dialog.close();
            UI.getCurrent().navigate("classes/" + click.getItem().id());
        });
        LazyGrids.bind(classes, pageable -> progress.classesOf(planId, pageable),
                () -> progress.countClassesOf(planId));
        dialog.setWidth("min(860px, 95vw)");
        dialog.add(new H3(dialog.getTranslation("plans.classes")), classes);
    }

    private boolean save(TrainingPlanService plans, TrainingPlan plan, Runnable onChange) {
        if (!binder.writeBeanIfValid(plan)) {
            return false;
        }
        boolean saved = ServiceCalls.run(() -> {
            if (plan.isNew()) {
                plans.create(plan);
            } else {
                plans.update(plan);
            }
        }, () -> {
            dialog.close();
            onChange.run();
        });
        if (saved) {
            Notifications.success(dialog.getTranslation("plans.saved", plan.getNumber()));
            onChange.run();
        }
        return saved;
    }
}
