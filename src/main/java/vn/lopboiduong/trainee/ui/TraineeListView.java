package vn.lopboiduong.trainee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.i18n.TranslationProvider;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.trainee.TraineeOption;
import vn.lopboiduong.trainee.TraineeRow;
import vn.lopboiduong.trainee.TraineeService;
import vn.lopboiduong.unit.UnitNode;
import vn.lopboiduong.unit.UnitService;

/**
 * The trainee registry: one record per person across years. Search ignores diacritics over name, Party
 * organisation, workplace, phone and citizen ID; filters by a unit with its sub-units and by position. The
 * committee records and edits people, leaders read.
 */
@Route("trainees")
@Menu(order = 21, icon = "vaadin:user-check", title = "menu.trainees")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.VIEWER})
public class TraineeListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search;
    final ComboBox<UnitNode> unit;
    final Select<@Nullable TraineeOption> position;
    final Grid<TraineeRow> grid = new Grid<>();
    final Span count = new Span();
    final Button add;
    final Anchor export = new Anchor();

    private final TraineeService trainees;

    TraineeListView(TraineeService trainees, UnitService units) {
        this.trainees = trainees;
        addClassName("list-view");
        setSizeFull();

        search = ViewToolbar.searchField(getTranslation("trainees.search"), this::refresh);
        unit = TraineeFilters.unit(units, this::refresh);
        position = TraineeFilters.position(trainees, this::refresh);
        count.addClassName("list-count");
        add = ViewToolbar.addButton(getTranslation("trainees.add"),
                () -> TraineeDialog.forNew(trainees, units, this::refresh).open());
        boolean committee = CurrentUser.isCommittee();
        add.setVisible(committee);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TraineeRow::fullName).setHeader(getTranslation("trainees.full-name"))
                .setSortProperty("fullName").setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(row -> row.gender() == null ? "" : getTranslation(row.gender().translationKey()))
                .setHeader(getTranslation("trainees.gender")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> orEmpty(row.born())).setHeader(getTranslation("trainees.born"))
                .setSortProperty("birthYear").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> orEmpty(row.positionName())).setHeader(getTranslation("trainees.position"))
                .setAutoWidth(true);
        grid.addColumn(row -> orEmpty(row.unitName())).setHeader(getTranslation("trainees.unit")).setFlexGrow(2);
        grid.addColumn(row -> orEmpty(row.workplace())).setHeader(getTranslation("trainees.workplace"))
                .setFlexGrow(2);
        grid.addColumn(row -> orEmpty(row.phone())).setHeader(getTranslation("trainees.phone")).setAutoWidth(true);
        grid.addColumn(row -> orEmpty(row.citizenId())).setHeader(getTranslation("trainees.citizen-id"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("trainees.empty"));
        grid.addItemClickListener(click -> TraineeView.open(click.getItem().id()));
        LazyGrids.bind(grid, pageable -> trainees.list(filter(), pageable), () -> trainees.count(filter()));

        export.setText(getTranslation("timetable.export.excel"));
        export.addComponentAsFirst(VaadinIcon.FILE_TABLE.create());
        export.addClassName("trainees-export");

        add(new ViewToolbar().filters(search, unit, position).actions(count, export, add), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    TraineeService.Filter filter() {
        return new TraineeService.Filter(search.getValue(), TraineeFilters.unitId(unit),
                TraineeFilters.positionId(position));
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        // The download runs in a request of its own, outside this UI's thread: fix the filter and language now.
        TraineeService.Filter shown = filter();
        var locale = TranslationProvider.supported(getLocale());
        export.setHref(DownloadHandler.fromInputStream(event -> ServiceCalls.download(event.getUI(),
                        () -> trainees.exportXlsx(shown, locale))
                .map(file -> new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.content().length))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.FORBIDDEN))), AttachmentType.DOWNLOAD);
        count.setText(getTranslation("trainees.count", trainees.count(filter())));
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.trainees");
    }
}
