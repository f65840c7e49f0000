package vn.lopboiduong.klass.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.ui.Confirmations;
import vn.lopboiduong.base.ui.Notifications;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.klass.ClassStatus;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.plan.TrainingPlanService;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.unit.Unit;
import vn.lopboiduong.unit.UnitService;

/** The class page's first tab: the class's details, and for the committee its edit, status moves and delete. */
@SpringComponent
class ClassOverviewTab implements ClassTab {

    private final TrainingClassService classes;
    private final TrainingPlanService plans;
    private final UnitService units;

    ClassOverviewTab(TrainingClassService classes, TrainingPlanService plans, UnitService units) {
        this.classes = classes;
        this.plans = plans;
        this.units = units;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "classes.tab.overview";
    }

    @Override
    public String path() {
        return "";
    }

    @Override
    public Component content(TrainingClass trainingClass, Runnable classChanged) {
        return new Overview(trainingClass, classChanged);
    }

    /** The details, with the committee's actions above them. */
    final class Overview extends Div {

        final Div statusActions = new Div();
        private final TrainingClass trainingClass;
        private final Runnable classChanged;

        Overview(TrainingClass trainingClass, Runnable classChanged) {
            this.trainingClass = trainingClass;
            this.classChanged = classChanged;
            addClassName("class-overview");
            statusActions.addClassName("class-actions");
            if (CurrentUser.isCommittee()) {
                var edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                        click -> ClassDialog.forExisting(classes, plans, units, trainingClass,
                                saved -> classChanged.run()).open());
                statusActions.add(edit);
                trainingClass.getStatus().next().stream().sorted(Comparator.naturalOrder())
                        .forEach(target -> statusActions.add(statusButton(target)));
                if (trainingClass.getStatus() == ClassStatus.DRAFT
                        || trainingClass.getStatus() == ClassStatus.CANCELLED) {
                    var delete = new Button(getTranslation("action.delete"), click -> confirmDelete());
                    delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    statusActions.add(delete);
                }
            }
            add(statusActions, details(trainingClass));
        }

        private Button statusButton(ClassStatus target) {
            String action = getTranslation("classes.action." + target.name());
            Runnable move = () -> ServiceCalls.call(() -> classes.changeStatus(trainingClass.requireId(),
                    trainingClass.getVersion(), target), classChanged).ifPresent(saved -> {
                        Notifications.success(getTranslation("classes.status-changed",
                                getTranslation(target.translationKey())));
                        classChanged.run();
                    });
            // Every move names what follows; opening, closing and cancelling cannot be undone.
            String header = getTranslation("classes.confirm.title", action, trainingClass.getCode());
            String text = getTranslation("classes.confirm." + target.name());
            var button = new Button(action, click -> {
                if (target == ClassStatus.CANCELLED) {
                    Confirmations.danger(header, text, action, move);
                } else {
                    Confirmations.ask(header, text, action, move);
                }
            });
            button.addThemeVariants(target == ClassStatus.CANCELLED ? ButtonVariant.LUMO_ERROR
                    : ButtonVariant.LUMO_PRIMARY);
            return button;
        }

        private void confirmDelete() {
            Confirmations.delete(getTranslation("classes.delete.title"),
                    getTranslation("classes.delete.text", trainingClass.getCode()), () -> {
                        if (ServiceCalls.run(() -> classes.delete(trainingClass.requireId(), trainingClass.getVersion()))) {
                            Notifications.success(getTranslation("classes.deleted", trainingClass.getCode()));
                            UI.getCurrent().navigate(ClassListView.class);
                        }
                    });
        }

        private FormLayout details(TrainingClass c) {
            var form = new FormLayout();
            form.add(field("classes.code", c.getCode()), field("classes.cohort", c.getCohort()),
                    field("classes.year", String.valueOf(c.getYear())),
                    field("classes.plan", c.getPlan() == null ? null : c.getPlan().getNumber()),
                    field("classes.organizing-unit",
                            c.getOrganizingUnit() == null ? null : c.getOrganizingUnit().getName()),
                    field("classes.coordinating-units", c.getCoordinatingUnits().stream().map(Unit::getName)
                            .sorted().collect(Collectors.joining("; "))),
                    field("classes.dates", c.getStartDate() == null ? null
                            : DateFormats.format(c.getStartDate()) + " – " + DateFormats.format(c.getEndDate())),
                    field("classes.venue", c.getVenue()),
                    field("classes.capacity", c.getCapacity() == null ? null : String.valueOf(c.getCapacity())),
                    field("classes.attendance-threshold", c.getAttendanceThreshold() + " %"));
            form.add(field("classes.audience", c.getAudience()), 2);
            var objectives = new TextArea(getTranslation("classes.objectives"));
            objectives.setValue(c.getObjectives() == null ? "" : c.getObjectives());
            objectives.setReadOnly(true);
            form.add(objectives, 2);
            return form;
        }

        private TextField field(String labelKey, @Nullable String value) {
            var field = new TextField(getTranslation(labelKey));
            field.setValue(value == null ? "" : value);
            field.setReadOnly(true);
            return field;
        }
    }
}
