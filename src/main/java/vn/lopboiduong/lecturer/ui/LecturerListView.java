package vn.lopboiduong.lecturer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.lecturer.LecturerKind;
import vn.lopboiduong.lecturer.LecturerRow;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.user.UserService;
import vn.lopboiduong.unit.UnitService;

/**
 * The lecturers registry: the committee edits it, leaders read it, a lecturer sees and edits their own record
 * (the service decides which rows each user gets).
 */
@Route("lecturers")
@Menu(order = 30, icon = "vaadin:academy-cap", title = "menu.lecturers")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.VIEWER, Roles.LECTURER})
public class LecturerListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search;
    final Select<@Nullable LecturerKind> kind = new Select<>();
    final Grid<LecturerRow> grid = new Grid<>();
    final Button add;
    final Button workload = new Button();

    private final LecturerService lecturers;

    LecturerListView(LecturerService lecturers, UnitService units, UserService users) {
        this.lecturers = lecturers;
        addClassName("list-view");
        setSizeFull();

        search = ViewToolbar.searchField(getTranslation("lecturers.search"), this::refresh);
        kind.setItems(LecturerKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("lecturers.kind.all"));
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("lecturers.kind.all")
                : getTranslation(value.translationKey()));
        kind.addValueChangeListener(change -> refresh());
        add = ViewToolbar.addButton(getTranslation("lecturers.add"),
                () -> LecturerDialog.forNew(lecturers, units, users, this::refresh).open());
        boolean committee = CurrentUser.isCommittee();
        add.setVisible(committee);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LecturerRow::displayName).setHeader(getTranslation("lecturers.name"))
                .setSortProperty("fullName").setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(row -> getTranslation(row.kind().translationKey())).setHeader(getTranslation("lecturers.kind"))
                .setSortProperty("kindOrder").setAutoWidth(true);
        grid.addColumn(row -> orEmpty(row.position())).setHeader(getTranslation("lecturers.position"))
                .setSortProperty("position").setFlexGrow(2);
        grid.addColumn(row -> orEmpty(row.unitName())).setHeader(getTranslation("lecturers.unit")).setFlexGrow(2);
        grid.addColumn(row -> orEmpty(row.phone())).setHeader(getTranslation("lecturers.phone")).setAutoWidth(true);
        grid.addColumn(row -> orEmpty(row.email())).setHeader(getTranslation("lecturers.email")).setFlexGrow(2);
        grid.addColumn(row -> orEmpty(row.username())).setHeader(getTranslation("lecturers.account"))
                .setAutoWidth(true);
        grid.addItemClickListener(click -> ServiceCalls.find(() -> lecturers.get(click.getItem().id()))
                .ifPresent(lecturer -> LecturerDialog.forExisting(lecturers, units, users, lecturer, committee,
                        this::refresh).open()));
        LazyGrids.bind(grid, pageable -> lecturers.list(filter(), pageable), () -> lecturers.count(filter()));

        // The workload is read from the timetable (klass), which depends on lecturers: reached by its address.
        workload.setText(getTranslation("workload.open"));
        workload.setIcon(VaadinIcon.BAR_CHART.create());
        workload.addClickListener(click -> UI.getCurrent().navigate("lecturers/workload"));
        workload.setVisible(committee || CurrentUser.hasRole(Role.VIEWER));

        add(new ViewToolbar().filters(search, kind).actions(workload, add), grid);
        setFlexGrow(1, grid);
    }

    LecturerService.Filter filter() {
        return new LecturerService.Filter(search.getValue(), kind.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.lecturers");
    }
}
