package vn.lopboiduong.enrollment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.base.ui.Notifications;
import vn.lopboiduong.base.ui.RowActions;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.base.ui.TextLimits;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.enrollment.EnrollmentService;
import vn.lopboiduong.enrollment.EnrollmentService.RosterFilter;
import vn.lopboiduong.enrollment.EnrollmentStatus;
import vn.lopboiduong.enrollment.RosterRow;
import vn.lopboiduong.klass.ClassStatus;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.trainee.TraineeOption;
import vn.lopboiduong.trainee.TraineeRow;
import vn.lopboiduong.trainee.TraineeService;
import vn.lopboiduong.trainee.ui.TraineeFilters;
import vn.lopboiduong.unit.UnitNode;
import vn.lopboiduong.unit.UnitService;

/**
 * A class's roster: search, the count against the class's places, and for the committee "Ghi danh" (find a person
 * in the registry) and, per row, removal before the class opens or withdrawal with a reason after.
 */
class Roster extends VerticalLayout {

    private final EnrollmentService enrollments;
    private final TraineeService trainees;
    private final TrainingClass trainingClass;
    final TextField search;
    final ComboBox<UnitNode> unit;
    final Select<@Nullable TraineeOption> position;
    final Span count = new Span();
    final Grid<RosterRow> grid = new Grid<>();
    final Button enrol = new Button();

    Roster(EnrollmentService enrollments, TraineeService trainees, UnitService units, TrainingClass trainingClass) {
        this.enrollments = enrollments;
        this.trainees = trainees;
        this.trainingClass = trainingClass;
        setPadding(false);
        addClassName("roster");
        search = ViewToolbar.searchField(getTranslation("roster.search"), this::refresh);
        unit = TraineeFilters.unit(units, this::refresh);
        position = TraineeFilters.position(trainees, this::refresh);
        count.addClassName("list-count");
        boolean committee = CurrentUser.isCommittee() && trainingClass.getStatus().isOpenForChanges();
        enrol.setText(getTranslation("roster.enrol"));
        enrol.setIcon(VaadinIcon.PLUS.create());
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.addClickListener(click -> openEnrol());
        enrol.setVisible(committee);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RosterRow::fullName).setHeader(getTranslation("trainees.full-name")).setFlexGrow(2);
        grid.addColumn(row -> orEmpty(row.born())).setHeader(getTranslation("trainees.born")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> orEmpty(row.positionName())).setHeader(getTranslation("trainees.position"))
                .setAutoWidth(true);
        grid.addColumn(row -> orEmpty(row.unitName())).setHeader(getTranslation("trainees.unit")).setFlexGrow(2);
        grid.addColumn(row -> orEmpty(row.workplace())).setHeader(getTranslation("trainees.workplace"))
                .setFlexGrow(2);
        grid.addColumn(row -> getTranslation(row.status().translationKey())
                + (row.withdrawnReason() == null ? "" : ": " + row.withdrawnReason()))
                .setHeader(getTranslation("roster.status")).setFlexGrow(1);
        if (committee) {
            grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setHeight("32em");
        grid.setEmptyStateText(getTranslation("roster.empty"));
        long classId = trainingClass.requireId();
        LazyGrids.bind(grid, pageable -> enrollments.roster(classId, filter(), pageable),
                () -> enrollments.countRoster(classId, filter()));
        add(new ViewToolbar().filters(search, unit, position).actions(count, enrol), grid);
        refresh();
    }

    RosterFilter filter() {
        return new RosterFilter(search.getValue(), TraineeFilters.unitId(unit), TraineeFilters.positionId(position));
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        long enrolled = enrollments.enrolledCount(trainingClass.requireId());
        Integer places = trainingClass.getCapacity();
        count.setText(places == null ? getTranslation("roster.count", enrolled)
                : getTranslation("roster.count-of", enrolled, places));
    }

    private Component removeButton(RosterRow row) {
        if (row.status() == EnrollmentStatus.WITHDRAWN) {
            return new Span();
        }
        ClassStatus status = trainingClass.getStatus();
        if (status == ClassStatus.DRAFT || status == ClassStatus.PLANNED) {
            return RowActions.delete(getTranslation("roster.remove.title"),
                    getTranslation("roster.remove.text", row.fullName()), this::refresh,
                    () -> enrollments.remove(row.id(), row.version(), null));
        }
        return RowActions.icon(VaadinIcon.SIGN_OUT, getTranslation("roster.withdraw"), () -> withdraw(row));
    }

    /** After the class opened: a reason is asked for, and the enrolment is kept as withdrawn. */
    private void withdraw(RosterRow row) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("roster.withdraw.title", row.fullName()));
        var reason = new TextArea(getTranslation("roster.withdraw.reason"));
        reason.setWidthFull();
        TextLimits.limit(reason, 500);
        dialog.add(new Paragraph(getTranslation("roster.withdraw.text")), reason);
        var confirm = new Button(getTranslation("roster.withdraw"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("enrollment.error.reason-required"));
                reason.setInvalid(true);
                return;
            }
            if (ServiceCalls.run(() -> enrollments.remove(row.id(), row.version(), reason.getValue()),
                    this::refresh)) {
                dialog.close();
                Notifications.success(getTranslation("roster.withdrawn", row.fullName()));
                refresh();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** Finds a person in the registry and enrols them; a class with overlapping dates is named as a warning. */
    private void openEnrol() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("roster.enrol.title"));
        var person = new ComboBox<TraineeRow>(getTranslation("roster.enrol.person"));
        person.setWidthFull();
        person.setItemLabelGenerator(row -> row.fullName() + (row.born() == null ? "" : " (" + row.born() + ")")
                + (row.unitName() == null ? "" : " – " + row.unitName()));
        LazyGrids.bindFiltered(person, (text, page) -> trainees.list(TraineeService.Filter.text(text),
                PageRequest.of(page.getPageNumber(), page.getPageSize())),
                text -> trainees.count(TraineeService.Filter.text(text)));
        dialog.add(new Paragraph(getTranslation("roster.enrol.text")), person);
        var confirm = new Button(getTranslation("roster.enrol"), click -> {
            TraineeRow chosen = person.getValue();
            if (chosen == null) {
                person.setErrorMessage(getTranslation("validation.required"));
                person.setInvalid(true);
                return;
            }
            ServiceCalls.call(() -> enrollments.enrol(trainingClass.requireId(), chosen.id())).ifPresent(done -> {
                dialog.close();
                Notifications.success(getTranslation("roster.enrolled", chosen.fullName()));
                if (!done.overlapping().isEmpty()) {
                    Notifications.warning(getTranslation("roster.overlap", chosen.fullName(),
                            String.join(", ", done.overlapping())));
                }
                refresh();
            });
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        person.focus();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
