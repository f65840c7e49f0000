package vn.lopboiduong.klass.timetable.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import vn.lopboiduong.base.i18n.TranslationProvider;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.klass.timetable.LecturerWorkload;
import vn.lopboiduong.klass.timetable.TimetableExport.ExportedFile;
import vn.lopboiduong.klass.timetable.WorkloadService;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.security.Roles;

/**
 * Every lecturer's teaching in a year, from the timetable: periods in all and by kind of topic, classes and
 * sessions, sortable by each, with the year as an Excel workbook. The year lives in the address
 * ({@code /lecturers/workload?year=2023}). Opened from the lecturers' list.
 */
@Route("lecturers/workload")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.VIEWER})
public class WorkloadView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String YEAR = "year";

    private static final Logger log = LoggerFactory.getLogger(WorkloadView.class);

    final Select<Integer> year = new Select<>();
    final Grid<LecturerWorkload> grid = new Grid<>();
    final Anchor export = new Anchor();

    private final WorkloadService workload;

    WorkloadView(WorkloadService workload) {
        this.workload = workload;
        addClassName("list-view");
        setSizeFull();

        List<Integer> years = workload.years();
        year.setLabel(getTranslation("workload.year"));
        year.setItems(years);
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(years.getFirst());
        year.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show();
            }
        });

        export.setText(getTranslation("timetable.export.excel"));
        export.addComponentAsFirst(VaadinIcon.FILE_TABLE.create());
        export.getStyle().set("display", "inline-flex").set("align-items", "center")
                .set("gap", "var(--lumo-space-xs)");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        var name = grid.addColumn(LecturerWorkload::lecturerName).setHeader(getTranslation("topics.lecturer"))
                .setSortProperty("lecturerName").setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(LecturerWorkload::periods).setHeader(getTranslation("workload.periods"))
                .setSortProperty("periods").setAutoWidth(true);
        // The totals first, so they stay in view on a narrow screen; the kinds follow.
        grid.addColumn(LecturerWorkload::classes).setHeader(getTranslation("workload.classes"))
                .setSortProperty("classes").setAutoWidth(true);
        grid.addColumn(LecturerWorkload::sessions).setHeader(getTranslation("workload.sessions"))
                .setSortProperty("sessions").setAutoWidth(true);
        for (TopicKind kind : TopicKind.values()) {
            grid.addColumn(row -> row.periods(kind)).setHeader(getTranslation(kind.translationKey()))
                    .setSortProperty(kind.name()).setAutoWidth(true).setKey(kind.name());
        }
        grid.sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
        grid.setMultiSort(true);
        LazyGrids.bind(grid, pageable -> workload.page(selectedYear(), pageable), () -> workload.count(selectedYear()));

        add(new ViewToolbar().filters(year).actions(export), grid);
        setFlexGrow(1, grid);
        show();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(YEAR).flatMap(WorkloadView::number)
                .filter(year.getListDataView().getItems().toList()::contains).ifPresent(year::setValue);
    }

    int selectedYear() {
        return year.getValue();
    }

    private void show() {
        int shown = selectedYear();
        grid.getDataProvider().refreshAll();
        // The download runs in a request of its own, outside this UI's thread: fix the year and language now.
        Locale locale = TranslationProvider.supported(getLocale());
        export.setHref(DownloadHandler.fromInputStream(event -> {
            try {
                ExportedFile file = workload.xlsx(shown, locale);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length);
            } catch (AccessDeniedException e) {
                log.info("Workload export of {} refused: {}", shown, e.getMessage());
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        }), AttachmentType.DOWNLOAD);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(
                RouteConfiguration.forSessionScope().getUrl(WorkloadView.class),
                QueryParameters.simple(Map.of(YEAR, String.valueOf(shown))))));
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.valueOf(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workload.title");
    }
}
