package vn.lopboiduong.klass.timetable.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.i18n.TranslationProvider;
import vn.lopboiduong.klass.timetable.DayPart;
import vn.lopboiduong.klass.timetable.SessionRow;
import vn.lopboiduong.klass.ui.ClassView;

/**
 * Sessions laid out as days × morning / afternoon / evening, the way a printed schedule reads: one class's
 * timetable, or every class's week, where each session also names its class (a link to the class) and its room.
 */
class TimetableWeekGrid extends Grid<TimetableWeekGrid.Day> {

    private final boolean allClasses;

    /** One day of the timetable and its sessions by part of the day. */
    record Day(LocalDate date, Map<DayPart, List<SessionRow>> sessions) {

        List<SessionRow> in(DayPart part) {
            return sessions.getOrDefault(part, List.of());
        }
    }

    /** One class's timetable: the class and its venue go without saying. */
    TimetableWeekGrid() {
        this(false);
    }

    /** With {@code allClasses}, each session names its class code as a link to the class, and its room. */
    TimetableWeekGrid(boolean allClasses) {
        this.allClasses = allClasses;
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(day -> day.date().getDayOfWeek().getDisplayName(TextStyle.FULL,
                TranslationProvider.supported(getLocale())) + ", " + DateFormats.format(day.date()))
                .setHeader(getTranslation("timetable.date")).setAutoWidth(true).setFlexGrow(0);
        for (DayPart part : DayPart.values()) {
            addComponentColumn(day -> cell(day.in(part))).setHeader(getTranslation(part.translationKey()))
                    .setKey(part.name()).setFlexGrow(1);
        }
    }

    void show(List<SessionRow> sessions) {
        Map<LocalDate, Map<DayPart, List<SessionRow>>> byDay = new TreeMap<>();
        for (SessionRow session : sessions) {
            byDay.computeIfAbsent(session.date(), date -> new TreeMap<>())
                    .computeIfAbsent(session.dayPart(), part -> new java.util.ArrayList<>()).add(session);
        }
        setItems(byDay.entrySet().stream().map(entry -> new Day(entry.getKey(), entry.getValue())).toList());
        boolean evenings = sessions.stream().anyMatch(session -> session.dayPart() == DayPart.EVENING);
        getColumnByKey(DayPart.EVENING.name()).setVisible(evenings);
    }

    private Div cell(List<SessionRow> sessions) {
        var cell = new Div();
        for (SessionRow session : sessions) {
            String what = (session.topicTitle() == null ? "" : session.topicTitle())
                    + (session.lecturerName() == null ? "" : " (" + session.lecturerName() + ")");
            if (!allClasses) {
                cell.add(new Div(session.startTime() + "–" + session.endTime() + " · " + what));
                continue;
            }
            // "07:30–11:15 · CODE · topic (lecturer) · room", the code leading to the class.
            var line = new Div(new Text(session.startTime() + "–" + session.endTime() + " · "),
                    new RouterLink(session.classCode(), ClassView.class, ClassView.parameters(session.classId())),
                    new Text((what.isEmpty() ? "" : " · " + what)
                            + (session.room() == null ? "" : " · " + session.room())));
            line.getStyle().set("margin-bottom", "var(--lumo-space-xs)");
            cell.add(line);
        }
        return cell;
    }

}
