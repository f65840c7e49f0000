package vn.lopboiduong.home.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.klass.timetable.SessionRow;
import vn.lopboiduong.klass.timetable.TimetableService;
import vn.lopboiduong.klass.ui.ClassView;
import vn.lopboiduong.security.Roles;

/**
 * A lecturer's home: a welcome and their upcoming sessions, each opening its class's programme; their topic plans
 * join it with that feature.
 */
@Route("my")
@Menu(order = 1, icon = "vaadin:user-card", title = "menu.my")
@RolesAllowed(Roles.LECTURER)
public class MyView extends Div implements HasDynamicTitle {

    final Grid<SessionRow> upcoming = new Grid<>();

    MyView(Clock clock, TimetableService timetable) {
        addClassName("welcome-view");
        add(new WelcomeCard(clock, "my.welcome", "my.intro"));
        upcoming.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // A lazy grid of its own height: showing all rows would fetch every upcoming session at once.
        upcoming.setHeight("28em");
        upcoming.addColumn(row -> DateFormats.format(row.date()) + " · " + getTranslation(row.dayPart().translationKey()))
                .setHeader(getTranslation("timetable.date")).setAutoWidth(true);
        upcoming.addColumn(row -> row.startTime() + "–" + row.endTime()).setHeader(getTranslation("timetable.time"))
                .setAutoWidth(true);
        upcoming.addColumn(row -> row.className() + " (" + row.classCode() + ")")
                .setHeader(getTranslation("timetable.week.class")).setFlexGrow(3);
        upcoming.addColumn(row -> row.topicTitle() == null ? "" : row.topicTitle())
                .setHeader(getTranslation("topics.title")).setFlexGrow(3);
        upcoming.addColumn(row -> row.room() == null ? "" : row.room()).setHeader(getTranslation("timetable.room"))
                .setFlexGrow(1);
        // A lecturer opens a session to prepare its topic: the class's programme, not its overview.
        upcoming.addItemClickListener(click -> ClassView.open(click.getItem().classId(), "programme"));
        LazyGrids.bind(upcoming, timetable::myUpcoming, timetable::countMyUpcoming);
        var card = new Div(new H3(getTranslation("my.upcoming")), upcoming);
        card.addClassName("card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.my");
    }
}
