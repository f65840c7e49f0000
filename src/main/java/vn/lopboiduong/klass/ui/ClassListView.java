package vn.lopboiduong.klass.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.klass.ClassRow;
import vn.lopboiduong.klass.ClassStatus;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.plan.TrainingPlan;
import vn.lopboiduong.plan.TrainingPlanService;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.unit.UnitNode;
import vn.lopboiduong.unit.UnitService;

/** All classes, filtered by status, year, plan, organising unit and text, sorted and paged by the database. */
@Route("classes")
@Menu(order = 20, icon = "vaadin:group", title = "menu.classes")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.VIEWER, Roles.LECTURER})
public class ClassListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search;
    final Select<ClassStatus> status = new Select<>();
    final IntegerField year = new IntegerField();
    final ComboBox<TrainingPlan> plan = new ComboBox<>();
    final ComboBox<UnitNode> unit = new ComboBox<>();
    final Grid<ClassRow> grid = new Grid<>();
    final Button add;

    private final TrainingClassService classes;

    ClassListView(TrainingClassService classes, TrainingPlanService plans, UnitService units, Clock clock) {
        this.classes = classes;
        addClassName("list-view");
        setSizeFull();

        search = ViewToolbar.searchField(getTranslation("classes.search"), this::refresh);
        status.setItems(ClassStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("classes.status.all"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("classes.status.all")
                : getTranslation(value.translationKey()));
        status.addValueChangeListener(change -> refresh());
        year.setPlaceholder(getTranslation("classes.year"));
        year.setClearButtonVisible(true);
        year.setWidth("8em");
        year.addValueChangeListener(change -> refresh());
        plan.setPlaceholder(getTranslation("classes.plan"));
        plan.setClearButtonVisible(true);
        plan.setItemLabelGenerator(TrainingPlan::getNumber);
        if (CurrentUser.isCommittee() || CurrentUser.hasRole(Role.VIEWER)) {
            LazyGrids.bindFiltered(plan, plans::list, plans::count);
        } else {
            plan.setVisible(false);
        }
        plan.addValueChangeListener(change -> refresh());
        unit.setPlaceholder(getTranslation("classes.organizing-unit"));
        unit.setClearButtonVisible(true);
        unit.setItemLabelGenerator(UnitNode::name);
        LazyGrids.bindFiltered(unit, units::search, units::countSearch);
        unit.addValueChangeListener(change -> refresh());

        add = ViewToolbar.addButton(getTranslation("classes.add"),
                () -> ClassDialog.forNew(classes, plans, units, LocalDate.now(clock), saved ->
                        ClassView.open(saved.requireId())).open());
        add.setVisible(CurrentUser.isCommittee());

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ClassRow::code).setHeader(getTranslation("classes.code")).setSortProperty("code")
                .setAutoWidth(true);
        grid.addColumn(ClassRow::nameWithCohort)
                .setHeader(getTranslation("classes.name")).setSortProperty("name").setFlexGrow(3);
        grid.addColumn(ClassRow::organizingUnit).setHeader(getTranslation("classes.organizing-unit")).setFlexGrow(2);
        grid.addColumn(row -> period(row)).setHeader(getTranslation("classes.dates"))
                .setSortProperty("startDate").setAutoWidth(true);
        grid.addColumn(row -> row.planNumber() == null ? "" : row.planNumber())
                .setHeader(getTranslation("classes.plan")).setAutoWidth(true);
        grid.addComponentColumn(row -> StatusBadge.of(row.status())).setHeader(getTranslation("classes.status"))
                .setSortProperty("statusOrder").setAutoWidth(true);
        grid.addItemClickListener(click -> ClassView.open(click.getItem().id()));
        LazyGrids.bind(grid, pageable -> classes.list(filter(), pageable), () -> classes.count(filter()));

        add(new ViewToolbar().filters(search, status, year, plan, unit).actions(add), grid);
        setFlexGrow(1, grid);
    }

    static String period(ClassRow row) {
        if (row.startDate() == null) {
            return "";
        }
        return DateFormats.format(row.startDate()) + " – " + DateFormats.format(row.endDate());
    }

    TrainingClassService.Filter filter() {
        return new TrainingClassService.Filter(search.getValue(), status.getValue(), year.getValue(),
                idOf(plan.getValue()), unit.getValue() == null ? null : unit.getValue().id());
    }

    private static @Nullable Long idOf(@Nullable TrainingPlan value) {
        return value == null ? null : value.getId();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.classes");
    }

    /** A class status as a coloured badge. */
    static final class StatusBadge {

        private StatusBadge() {
        }

        static Span of(ClassStatus status) {
            var badge = new Span(badgeText(status));
            String theme = switch (status) {
                case DRAFT -> "badge contrast";
                case PLANNED -> "badge";
                case IN_PROGRESS -> "badge success primary";
                case COMPLETED -> "badge success";
                case CANCELLED -> "badge error";
            };
            badge.getElement().getThemeList().add(theme);
            return badge;
        }

        private static String badgeText(ClassStatus status) {
            return UI.getCurrent().getTranslation(status.translationKey());
        }
    }
}
