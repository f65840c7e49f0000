package vn.lopboiduong.klass.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.ui.Confirmations;
import vn.lopboiduong.base.ui.Notifications;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.klass.ClassBoardService;
import vn.lopboiduong.klass.ClassProgrammeService;
import vn.lopboiduong.klass.ClassStatus;
import vn.lopboiduong.klass.TimetableExport;
import vn.lopboiduong.klass.TimetableService;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.plan.TrainingPlanService;
import vn.lopboiduong.program.ProgramService;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.unit.Unit;
import vn.lopboiduong.unit.UnitService;

/**
 * One class: its details and status with the next allowed status moves for the committee, its programme and its
 * timetable.
 */
@Route("classes")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.VIEWER, Roles.LECTURER})
public class ClassView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final TrainingClassService classes;
    private final TrainingPlanService plans;
    private final UnitService units;
    private final ClassProgrammeService programme;
    private final ProgramService programs;
    private final LecturerService lecturers;
    private final TimetableService timetable;
    private final TimetableExport export;
    private final ClassBoardService board;
    private final List<ClassTab> extraTabs;
    private final boolean committee;
    private @Nullable TrainingClass current;

    final Div statusActions = new Div();

    ClassView(TrainingClassService classes, TrainingPlanService plans, UnitService units,
            ClassProgrammeService programme, ProgramService programs, LecturerService lecturers,
            TimetableService timetable, TimetableExport export, ClassBoardService board,
            ObjectProvider<ClassTab> extraTabs) {
        this.timetable = timetable;
        this.export = export;
        this.board = board;
        this.extraTabs = extraTabs.stream().sorted(Comparator.comparingInt(ClassTab::order)).toList();
        this.classes = classes;
        this.plans = plans;
        this.units = units;
        this.programme = programme;
        this.programs = programs;
        this.lecturers = lecturers;
        this.committee = CurrentUser.isCommittee();
        addClassName("class-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        var found = classes.get(id);
        if (found.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class,
                    getTranslation("error.not-found"));
            return;
        }
        show(found.get());
    }

    private void show(TrainingClass trainingClass) {
        current = trainingClass;
        removeAll();
        var title = new H2(trainingClass.getName());
        var header = new Div(title, ClassListView.StatusBadge.of(trainingClass.getStatus()));
        header.addClassName("class-header");
        statusActions.removeAll();
        statusActions.addClassName("class-actions");
        if (committee) {
            var edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    click -> ClassDialog.forExisting(classes, plans, units, trainingClass, saved -> reload())
                            .open());
            statusActions.add(edit);
            trainingClass.getStatus().next().stream().sorted(Comparator.naturalOrder())
                    .forEach(target -> statusActions.add(statusButton(trainingClass, target)));
            if (trainingClass.getStatus() == ClassStatus.DRAFT || trainingClass.getStatus() == ClassStatus.CANCELLED) {
                var delete = new Button(getTranslation("action.delete"), click -> confirmDelete(trainingClass));
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                statusActions.add(delete);
            }
        }
        boolean open = trainingClass.getStatus() != ClassStatus.COMPLETED
                && trainingClass.getStatus() != ClassStatus.CANCELLED;
        var tabs = new TabSheet();
        var overview = new Div(overview(trainingClass), new ClassBoardSection(trainingClass.requireId(),
                committee && open, board, lecturers));
        tabs.add(getTranslation("classes.tab.overview"), overview);
        tabs.add(getTranslation("classes.tab.programme"), new ClassProgrammeTab(trainingClass.requireId(),
                committee && open, programme, programs, lecturers));
        tabs.add(getTranslation("classes.tab.timetable"), new ClassTimetableTab(trainingClass.requireId(),
                trainingClass.getStartDate(), trainingClass.getVenue(), committee && open, timetable, programme,
                lecturers, export));
        for (ClassTab extra : extraTabs) {
            extra.content(trainingClass)
                    .ifPresent(content -> tabs.add(getTranslation(extra.titleKey()), content));
        }
        tabs.setWidthFull();
        add(header, statusActions, tabs);
    }

    private Button statusButton(TrainingClass trainingClass, ClassStatus target) {
        var button = new Button(getTranslation("classes.action." + target.name()), click ->
                ServiceCalls.call(() -> classes.changeStatus(trainingClass.requireId(), trainingClass.getVersion(),
                        target), this::reload).ifPresent(saved -> {
                            Notifications.success(getTranslation("classes.status-changed",
                                    getTranslation(target.translationKey())));
                            reload();
                        }));
        button.addThemeVariants(target == ClassStatus.CANCELLED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private void confirmDelete(TrainingClass trainingClass) {
        Confirmations.delete(getTranslation("classes.delete.title"),
                getTranslation("classes.delete.text", trainingClass.getCode()), () -> {
                    if (ServiceCalls.run(() -> classes.delete(trainingClass.requireId()))) {
                        Notifications.success(getTranslation("classes.deleted", trainingClass.getCode()));
                        UI.getCurrent().navigate(ClassListView.class);
                    }
                });
    }

    private void reload() {
        if (current != null) {
            classes.get(current.requireId()).ifPresent(this::show);
        }
    }

    private FormLayout overview(TrainingClass c) {
        var form = new FormLayout();
        form.add(field("classes.code", c.getCode()), field("classes.cohort", c.getCohort()),
                field("classes.year", String.valueOf(c.getYear())),
                field("classes.plan", c.getPlan() == null ? null : c.getPlan().getNumber()),
                field("classes.organizing-unit", c.getOrganizingUnit() == null ? null : c.getOrganizingUnit().getName()),
                field("classes.coordinating-units", c.getCoordinatingUnits().stream().map(Unit::getName).sorted()
                        .collect(Collectors.joining("; "))),
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

    @Override
    public String getPageTitle() {
        return current == null ? getTranslation("menu.classes") : current.getCode() + " – " + current.getName();
    }
}
