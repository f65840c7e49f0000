package vn.lopboiduong.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.base.ui.ScreenWidth;
import vn.lopboiduong.klass.timetable.MyWorkload;
import vn.lopboiduong.klass.timetable.SessionRow;
import vn.lopboiduong.klass.timetable.TimetableService;
import vn.lopboiduong.klass.timetable.WorkloadService;
import vn.lopboiduong.klass.timetable.ui.SessionCard;
import vn.lopboiduong.klass.ui.ClassView;
import vn.lopboiduong.security.Roles;

/**
 * A lecturer's home: a welcome, their figures and their upcoming sessions, each opening its class's programme
 * (as cards on a phone); other features add their sections ({@link MySection}), such as the lecturer's topic plans.
 * {@code my?section=<id>} scrolls to the section whose card has that id (a header bell leads there).
 */
@Route("my")
@Menu(order = 1, icon = "vaadin:user-card", title = "menu.my")
@RolesAllowed(Roles.LECTURER)
public class MyView extends Div implements HasDynamicTitle, AfterNavigationObserver {

    /** The lecturer's figures at the top; other features' figures (plans by status) join this row. */
    final Div figures = new Div();
    final Grid<SessionRow> upcoming = new Grid<>();
    final List<Grid.Column<SessionRow>> wideColumns = new ArrayList<>();
    final Grid.Column<SessionRow> cards;

    MyView(Clock clock, TimetableService timetable, WorkloadService workload, ObjectProvider<MySection> sections) {
        addClassName("welcome-view");
        add(new WelcomeCard(clock, "my.welcome", "my.intro"));
        MyWorkload mine = workload.mine();
        figures.addClassName("workload-figures");
        figures.add(figure(String.valueOf(mine.sessionsThisMonth()), getTranslation("my.figures.sessions-month")),
                figure(String.valueOf(mine.periodsThisYear()),
                        getTranslation("my.figures.periods-year", String.valueOf(mine.year()))));
        var figuresCard = new Div(figures);
        figuresCard.addClassName("card");
        add(figuresCard);
        upcoming.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // A lazy grid of its own height: showing all rows would fetch every upcoming session at once.
        upcoming.setHeight("28em");
        wideColumns.add(upcoming.addColumn(row -> DateFormats.format(row.date()) + " · "
                + getTranslation(row.dayPart().translationKey()))
                .setHeader(getTranslation("timetable.date")).setAutoWidth(true));
        wideColumns.add(upcoming.addColumn(row -> row.startTime() + "–" + row.endTime())
                .setHeader(getTranslation("timetable.time")).setAutoWidth(true));
        wideColumns.add(upcoming.addColumn(row -> row.className() + " (" + row.classCode() + ")")
                .setHeader(getTranslation("timetable.week.class")).setFlexGrow(3));
        wideColumns.add(upcoming.addColumn(row -> row.topicTitle() == null ? "" : row.topicTitle())
                .setHeader(getTranslation("topics.title")).setFlexGrow(3));
        wideColumns.add(upcoming.addColumn(row -> row.room() == null ? "" : row.room())
                .setHeader(getTranslation("timetable.room")).setFlexGrow(1));
        // On a phone one column of cards replaces the five, which would not fit side by side.
        cards = upcoming.addComponentColumn(row -> new SessionCard(row, false, false))
                .setHeader(getTranslation("my.sessions"));
        showOnPhone(false);
        ScreenWidth.onChange(this, this::showOnPhone);
        // A lecturer opens a session to prepare its topic: the class's programme, not its overview.
        upcoming.addItemClickListener(click -> ClassView.open(click.getItem().classId(), "programme"));
        LazyGrids.bind(upcoming, timetable::myUpcoming, timetable::countMyUpcoming);
        var card = new Div(new H3(getTranslation("my.upcoming")), upcoming);
        card.addClassName("card");
        add(card);
        sections.stream().sorted(Comparator.comparingInt(MySection::order)).forEach(section -> {
            section.figures().forEach(figures::add);
            add(section.content());
        });
    }

    /** A figure with its label under it, as the figures row at the top shows them. */
    public static Div figure(String value, String label) {
        var number = new Span(value);
        number.addClassName("workload-figure-value");
        var text = new Span(label);
        text.addClassName("workload-figure-label");
        var figure = new Div(number, text);
        figure.addClassName("workload-figure");
        return figure;
    }

    /** Cards on a phone, the grid's columns on a wider screen. */
    void showOnPhone(boolean phone) {
        wideColumns.forEach(column -> column.setVisible(!phone));
        cards.setVisible(phone);
    }

    /** Scrolls to the section that {@code ?section=} names, if the page has it. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("section")
                .flatMap(id -> getChildren().filter(child -> child.getId().filter(id::equals).isPresent()).findFirst())
                .ifPresent(Component::scrollIntoView);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.my");
    }
}
