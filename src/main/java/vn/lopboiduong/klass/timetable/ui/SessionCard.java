package vn.lopboiduong.klass.timetable.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import java.time.format.TextStyle;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.i18n.TranslationProvider;
import vn.lopboiduong.klass.timetable.SessionRow;
import vn.lopboiduong.klass.ui.ClassView;

/**
 * One session on a phone, read from top to bottom instead of across a grid's columns: the day and part of day,
 * the time, the class, the topic, its lecturer when asked for, and the room.
 */
public class SessionCard extends Div {

    /** With {@code linkedClass} the class's code leads to its page, as it does in the wide timetable. */
    public SessionCard(SessionRow session, boolean withLecturer, boolean linkedClass) {
        addClassName("session-card");
        var when = new Div(session.date().getDayOfWeek().getDisplayName(TextStyle.FULL,
                TranslationProvider.supported(getLocale())) + ", " + DateFormats.format(session.date()) + " · "
                + getTranslation(session.dayPart().translationKey()));
        when.addClassName("session-card-when");
        add(when, line(session.startTime() + "–" + session.endTime()));
        Component klass = linkedClass
                ? new Div(new RouterLink(session.classCode(), ClassView.class, ClassView.parameters(session.classId())),
                        new Text(" · " + session.className()))
                : line(session.className() + " (" + session.classCode() + ")");
        add(klass);
        if (session.topicTitle() != null) {
            var topic = line(session.topicTitle());
            topic.addClassName("session-card-topic");
            add(topic);
        }
        if (withLecturer && session.lecturerName() != null) {
            add(line(session.lecturerName()));
        }
        if (session.room() != null) {
            add(line(getTranslation("timetable.room") + ": " + session.room()));
        }
    }

    private static Div line(String text) {
        return new Div(text);
    }
}
