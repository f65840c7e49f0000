package vn.lopboiduong.klass.timetable.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.i18n.TranslationProvider;
import vn.lopboiduong.base.ui.DatePickers;
import vn.lopboiduong.base.ui.ScreenWidth;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.klass.timetable.SessionRow;
import vn.lopboiduong.klass.timetable.TimetableService;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.ui.ClassPicker;
import vn.lopboiduong.klass.ui.ClassView;
import vn.lopboiduong.klass.timetable.WeekFilter;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.lecturer.ui.LecturerPicker;
import vn.lopboiduong.security.Roles;

/**
 * Every class's sessions in one week, by day and part of day or as a list (on a phone: cards day by day), narrowed
 * by lecturer, room and class.
 * Read-only: sessions are changed on the class page. The week and the filters live in the address
 * ({@code /timetable?week=2023-03-27&lecturer=5&room=hoi+truong&class=2&layout=list}), so a view can be bookmarked
 * or sent. A lecturer sees only the classes they teach.
 */
@Route("timetable")
@Menu(order = 25, icon = "vaadin:calendar", title = "menu.timetable")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.VIEWER, Roles.LECTURER})
public class TimetableView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String WEEK = "week";
    static final String LECTURER = "lecturer";
    static final String ROOM = "room";
    static final String CLASS = "class";
    static final String LAYOUT = "layout";
    static final String LAYOUT_WEEK = "week";
    static final String LAYOUT_LIST = "list";

    final Button previousWeek = new Button();
    final Button thisWeek = new Button();
    final Button nextWeek = new Button();
    final DatePicker weekPicker;
    final H3 weekLabel = new H3();
    final Span count = new Span();
    final LecturerPicker lecturer;
    final TextField room;
    final ClassPicker trainingClass;
    final RadioButtonGroup<String> layout = new RadioButtonGroup<>();
    final TimetableWeekGrid week = new TimetableWeekGrid(true);
    final Grid<SessionRow> list = new Grid<>();
    /** On a phone, both layouts become this: the week day by day, each session a card. */
    final Div days = new Div();
    final Div empty = new Div();
    final Paragraph emptyMessage = new Paragraph();
    final Button previousWithSessions = new Button();
    final Button nextWithSessions = new Button();

    private final TimetableService timetable;
    private final Clock clock;
    private LocalDate monday;
    private @Nullable LocalDate previousDate;
    private @Nullable LocalDate nextDate;
    /** Set while fields are filled from the address, so that each field does not reload the week on its own. */
    private boolean applying;
    private boolean phone;
    private List<SessionRow> sessions = List.of();

    TimetableView(TimetableService timetable, TrainingClassService classes, LecturerService lecturers, Clock clock) {
        this.timetable = timetable;
        this.clock = clock;
        this.monday = TimetableService.mondayOf(LocalDate.now(clock));
        addClassName("list-view");
        setWidthFull();

        previousWeek.setText(getTranslation("timetable.week.previous"));
        previousWeek.setIcon(VaadinIcon.ANGLE_LEFT.create());
        previousWeek.addClickListener(click -> goTo(monday.minusWeeks(1)));
        thisWeek.setText(getTranslation("timetable.week.this"));
        thisWeek.addClickListener(click -> goTo(LocalDate.now(clock)));
        nextWeek.setText(getTranslation("timetable.week.next"));
        nextWeek.setIcon(VaadinIcon.ANGLE_RIGHT.create());
        nextWeek.setIconAfterText(true);
        nextWeek.addClickListener(click -> goTo(monday.plusWeeks(1)));

        weekPicker = DatePickers.create(getTranslation("timetable.week.pick"));
        weekPicker.setValue(monday);
        weekPicker.addValueChangeListener(change -> {
            if (applying) {
                return;
            }
            if (change.getValue() == null) {
                setQuietly(() -> weekPicker.setValue(monday));
            } else {
                goTo(change.getValue());
            }
        });

        lecturer = new LecturerPicker("", lecturers);
        lecturer.setPlaceholder(getTranslation("topics.lecturer"));
        lecturer.addValueChangeListener(change -> filtersChanged());
        room = ViewToolbar.searchField(getTranslation("timetable.week.room"), this::filtersChanged);
        trainingClass = new ClassPicker(classes);
        trainingClass.setPlaceholder(getTranslation("timetable.week.class"));
        trainingClass.addValueChangeListener(change -> filtersChanged());

        layout.setItems(LAYOUT_WEEK, LAYOUT_LIST);
        layout.setItemLabelGenerator(value -> getTranslation("timetable.layout." + value));
        layout.setValue(LAYOUT_WEEK);
        layout.addValueChangeListener(change -> {
            if (!applying) {
                showLayout();
                updateAddress();
            }
        });

        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setAllRowsVisible(true);
        list.addColumn(row -> DateFormats.format(row.date()) + " · " + getTranslation(row.dayPart().translationKey()))
                .setHeader(getTranslation("timetable.date")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(row -> row.startTime() + "–" + row.endTime()).setHeader(getTranslation("timetable.time"))
                .setAutoWidth(true).setFlexGrow(0);
        list.addComponentColumn(row -> new RouterLink(row.classCode(), ClassView.class, ClassView.parameters(row.classId())))
                .setHeader(getTranslation("classes.code")).setAutoWidth(true).setFlexGrow(0).setKey(CLASS);
        list.addColumn(row -> row.topicTitle() == null ? "" : row.topicTitle())
                .setHeader(getTranslation("topics.title")).setFlexGrow(4);
        list.addColumn(row -> row.lecturerName() == null ? "" : row.lecturerName())
                .setHeader(getTranslation("topics.lecturer")).setFlexGrow(2);
        list.addColumn(row -> row.room() == null ? "" : row.room()).setHeader(getTranslation("timetable.room"))
                .setFlexGrow(2);

        previousWithSessions.setIcon(VaadinIcon.ANGLE_DOUBLE_LEFT.create());
        previousWithSessions.addClickListener(click -> {
            if (previousDate != null) {
                goTo(previousDate);
            }
        });
        nextWithSessions.setIcon(VaadinIcon.ANGLE_DOUBLE_RIGHT.create());
        nextWithSessions.setIconAfterText(true);
        nextWithSessions.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nextWithSessions.addClickListener(click -> {
            if (nextDate != null) {
                goTo(nextDate);
            }
        });
        empty.addClassName("card");
        empty.add(emptyMessage, new HorizontalLayout(previousWithSessions, nextWithSessions));

        count.getElement().getThemeList().add("badge contrast");
        var heading = new HorizontalLayout(weekLabel, count);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        weekLabel.getStyle().set("margin", "0");

        add(new ViewToolbar().filters(previousWeek, thisWeek, nextWeek, weekPicker).actions(layout),
                new ViewToolbar().filters(lecturer, room, trainingClass), heading, week, list, days, empty);
        days.addClassName("timetable-days");
        days.setWidthFull();
        ScreenWidth.onChange(this, this::showOnPhone);
    }

    /** Cards day by day on a phone, the chosen layout on a wider screen. */
    void showOnPhone(boolean phone) {
        this.phone = phone;
        showLayout();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        setQuietly(() -> {
            monday = date(first(parameters, WEEK)).map(TimetableService::mondayOf)
                    .orElseGet(() -> TimetableService.mondayOf(LocalDate.now(clock)));
            weekPicker.setValue(monday);
            lecturer.clear();
            lecturer.select(id(first(parameters, LECTURER)));
            room.setValue(first(parameters, ROOM).orElse(""));
            trainingClass.select(id(first(parameters, CLASS)));
            layout.setValue(first(parameters, LAYOUT).filter(LAYOUT_LIST::equals).orElse(LAYOUT_WEEK));
        });
        refresh();
    }

    /** Shows the week holding that date. */
    void goTo(LocalDate anyDay) {
        monday = TimetableService.mondayOf(anyDay);
        if (!monday.equals(weekPicker.getValue())) {
            setQuietly(() -> weekPicker.setValue(monday));
        }
        refresh();
    }

    LocalDate monday() {
        return monday;
    }

    WeekFilter filter() {
        return new WeekFilter(lecturer.selectedId(), room.getValue(), trainingClass.selectedId());
    }

    private void filtersChanged() {
        if (!applying) {
            refresh();
        }
    }

    void refresh() {
        WeekFilter filter = filter();
        sessions = timetable.week(monday, filter);
        week.show(sessions);
        list.setItems(sessions);
        weekLabel.setText(getTranslation("timetable.week.label", DateFormats.format(monday),
                DateFormats.format(monday.plusDays(6))));
        count.setText(getTranslation("timetable.week.count", sessions.size()));
        thisWeek.setEnabled(!monday.equals(TimetableService.mondayOf(LocalDate.now(clock))));

        boolean none = sessions.isEmpty();
        previousDate = none ? timetable.previousSessionDate(monday, filter).orElse(null) : null;
        nextDate = none ? timetable.nextSessionDate(monday.plusWeeks(1), filter).orElse(null) : null;
        boolean filtered = filter.lecturerId() != null || filter.classId() != null || !room.getValue().isBlank();
        emptyMessage.setText(getTranslation(filtered ? "timetable.week.empty-filtered" : "timetable.week.empty"));
        previousWithSessions.setVisible(previousDate != null);
        previousWithSessions.setText(previousDate == null ? ""
                : getTranslation("timetable.week.previous-with-sessions", DateFormats.format(previousDate)));
        nextWithSessions.setVisible(nextDate != null);
        nextWithSessions.setText(nextDate == null ? ""
                : getTranslation("timetable.week.next-with-sessions", DateFormats.format(nextDate)));
        empty.setVisible(none);
        showLayout();
        updateAddress();
    }

    private void showLayout() {
        boolean any = !empty.isVisible();
        boolean byWeek = LAYOUT_WEEK.equals(layout.getValue());
        week.setVisible(any && byWeek && !phone);
        list.setVisible(any && !byWeek && !phone);
        layout.setVisible(!phone);
        days.removeAll();
        days.setVisible(any && phone);
        if (any && phone) {
            LocalDate shown = null;
            for (SessionRow session : sessions) {
                if (!session.date().equals(shown)) {
                    shown = session.date();
                    var day = new H4(session.date().getDayOfWeek().getDisplayName(TextStyle.FULL,
                            TranslationProvider.supported(getLocale())) + ", " + DateFormats.format(shown));
                    day.addClassName("timetable-day");
                    days.add(day);
                }
                days.add(new SessionCard(session, true, true));
            }
        }
    }

    /**
     * Writes the week and the filters into the address without navigating, so the page can be bookmarked. (On a
     * page load the browser keeps the address as typed, e.g. a Wednesday for its week; it means the same.)
     */
    private void updateAddress() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(WEEK, monday.toString());
        if (lecturer.selectedId() != null) {
            parameters.put(LECTURER, String.valueOf(lecturer.selectedId()));
        }
        if (!room.getValue().isBlank()) {
            parameters.put(ROOM, room.getValue().strip());
        }
        if (trainingClass.selectedId() != null) {
            parameters.put(CLASS, String.valueOf(trainingClass.selectedId()));
        }
        if (LAYOUT_LIST.equals(layout.getValue())) {
            parameters.put(LAYOUT, LAYOUT_LIST);
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(
                RouteConfiguration.forSessionScope().getUrl(TimetableView.class),
                QueryParameters.simple(parameters))));
    }

    private void setQuietly(Runnable change) {
        boolean before = applying;
        applying = true;
        try {
            change.run();
        } finally {
            applying = before;
        }
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank()).findFirst();
    }

    private static Optional<LocalDate> date(Optional<String> text) {
        try {
            return text.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static @Nullable Long id(Optional<String> text) {
        try {
            return text.map(Long::valueOf).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.timetable");
    }
}
