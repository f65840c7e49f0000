package vn.lopboiduong.klass.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.lopboiduong.base.ui.DatePickers;
import vn.lopboiduong.base.ui.FormDialog;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.plan.TrainingPlan;
import vn.lopboiduong.plan.TrainingPlanService;
import vn.lopboiduong.unit.Unit;
import vn.lopboiduong.unit.UnitNode;
import vn.lopboiduong.unit.UnitService;

/** Creates or edits a class's details; its status moves only by the buttons on the class page. */
final class ClassDialog {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextField cohort = new TextField();
    final IntegerField year = new IntegerField();
    final ComboBox<TrainingPlan> plan = new ComboBox<>();
    final ComboBox<UnitNode> organizingUnit = new ComboBox<>();
    final MultiSelectComboBox<UnitNode> coordinatingUnits = new MultiSelectComboBox<>();
    final TextField audience = new TextField();
    final TextArea objectives = new TextArea();
    final DatePicker startDate;
    final DatePicker endDate;
    final TextField venue = new TextField();
    final IntegerField capacity = new IntegerField();
    final IntegerField attendanceThreshold = new IntegerField();
    final FormDialog<TrainingClass> dialog;

    private final BeanValidationBinder<TrainingClass> binder = FormDialog.binder(TrainingClass.class);

    private ClassDialog(TrainingClassService classes, TrainingPlanService plans, UnitService units,
            TrainingClass trainingClass, Consumer<TrainingClass> onSaved) {
        var form = new FormLayout();
        startDate = DatePickers.create(form.getTranslation("classes.start-date"));
        endDate = DatePickers.create(form.getTranslation("classes.end-date"));

        code.setLabel(form.getTranslation("classes.code"));
        name.setLabel(form.getTranslation("classes.name"));
        cohort.setLabel(form.getTranslation("classes.cohort"));
        cohort.setPlaceholder("Khóa I năm 2025");
        year.setLabel(form.getTranslation("classes.year"));
        plan.setLabel(form.getTranslation("classes.plan"));
        plan.setClearButtonVisible(true);
        plan.setItemLabelGenerator(TrainingPlan::getNumber);
        LazyGrids.bindFiltered(plan, plans::list, plans::count);
        organizingUnit.setLabel(form.getTranslation("classes.organizing-unit"));
        organizingUnit.setRequiredIndicatorVisible(true);
        organizingUnit.setItemLabelGenerator(UnitNode::name);
        LazyGrids.bindFiltered(organizingUnit, units::search, units::countSearch);
        coordinatingUnits.setLabel(form.getTranslation("classes.coordinating-units"));
        coordinatingUnits.setItemLabelGenerator(UnitNode::name);
        LazyGrids.bindFiltered(coordinatingUnits, units::search, units::countSearch);
        audience.setLabel(form.getTranslation("classes.audience"));
        objectives.setLabel(form.getTranslation("classes.objectives"));
        venue.setLabel(form.getTranslation("classes.venue"));
        capacity.setLabel(form.getTranslation("classes.capacity"));
        attendanceThreshold.setLabel(form.getTranslation("classes.attendance-threshold"));
        attendanceThreshold.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));

        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(cohort).withNullRepresentation("").bind("cohort");
        binder.forField(year).asRequired(form.getTranslation("validation.required")).bind("year");
        binder.forField(audience).withNullRepresentation("").bind("audience");
        binder.forField(objectives).withNullRepresentation("").bind("objectives");
        binder.forField(startDate).bind("startDate");
        binder.forField(endDate)
                .withValidator(end -> end == null || startDate.getValue() == null
                        || !end.isBefore(startDate.getValue()), form.getTranslation("classes.error.end-before-start"))
                .bind("endDate");
        binder.forField(venue).withNullRepresentation("").bind("venue");
        binder.forField(capacity).bind("capacity");
        binder.forField(attendanceThreshold).asRequired(form.getTranslation("validation.required"))
                .bind("attendanceThreshold");
        startDate.addValueChangeListener(change -> {
            if (endDate.getValue() == null && change.getValue() != null) {
                endDate.setValue(change.getValue());
            }
            binder.validate();
        });

        plan.setValue(trainingClass.getPlan());
        Unit organizer = trainingClass.getOrganizingUnit();
        if (organizer != null) {
            organizingUnit.setValue(node(organizer));
        }
        coordinatingUnits.setValue(trainingClass.getCoordinatingUnits().stream().map(ClassDialog::node)
                .collect(Collectors.toSet()));

        form.add(code, year);
        form.add(name, 2);
        form.add(cohort, plan);
        form.add(organizingUnit, coordinatingUnits);
        form.add(startDate, endDate);
        form.add(venue, 2);
        form.add(capacity, attendanceThreshold);
        form.add(audience, 2);
        form.add(objectives, 2);

        dialog = new FormDialog<>(form.getTranslation(trainingClass.isNew() ? "classes.dialog.new"
                : "classes.dialog.edit", trainingClass.getCode()), form, binder, trainingClass,
                edited -> edited.isNew() ? classes.create(edited, links()) : classes.update(edited, links()))
                .onSaved(saved -> form.getTranslation("classes.saved", saved.getCode()), onSaved)
                .alsoCheck(this::organizerChosen);
        dialog.setWidth("min(860px, 95vw)");
        if (!trainingClass.isNew()) {
            long id = trainingClass.requireId();
            dialog.reloadWith(() -> classes.get(id), fresh -> forExisting(classes, plans, units, fresh, onSaved));
        }
    }

    private boolean organizerChosen() {
        organizingUnit.setErrorMessage(organizingUnit.getTranslation("validation.required"));
        organizingUnit.setInvalid(organizingUnit.getValue() == null);
        return organizingUnit.getValue() != null;
    }

    private TrainingClassService.Links links() {
        return new TrainingClassService.Links(plan.getValue() == null ? null : plan.getValue().getId(),
                organizingUnit.getValue().id(),
                coordinatingUnits.getValue().stream().map(UnitNode::id).collect(Collectors.toSet()));
    }

    private static UnitNode node(Unit unit) {
        return new UnitNode(unit.requireId(), unit.getCode(), unit.getName(), unit.getKind(), null, null, 0);
    }

    static FormDialog<TrainingClass> forNew(TrainingClassService classes, TrainingPlanService plans,
            UnitService units, LocalDate today, Consumer<TrainingClass> onSaved) {
        var fresh = new TrainingClass("", "", today.getYear());
        return new ClassDialog(classes, plans, units, fresh, onSaved).dialog;
    }

    /**
     * Edits a stored class. The class may be the one a view shows: Save writes into a copy read again, so the
     * view's object changes only through {@code onSaved}.
     */
    static FormDialog<TrainingClass> forExisting(TrainingClassService classes, TrainingPlanService plans,
            UnitService units, TrainingClass trainingClass, Consumer<TrainingClass> onSaved) {
        return new ClassDialog(classes, plans, units, trainingClass, onSaved).dialog;
    }
}
