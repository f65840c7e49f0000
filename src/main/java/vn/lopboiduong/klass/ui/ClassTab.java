package vn.lopboiduong.klass.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import vn.lopboiduong.klass.TrainingClass;

/**
 * A tab that another feature adds to the class page (its decisions now; trainees, attendance and results later), so
 * that the class page does not depend on those features. Implementations are Spring beans.
 */
public interface ClassTab {

    /** Where the tab goes; the class page's own tabs are overview 10, programme 20 and timetable 30. */
    int order();

    String titleKey();

    /** The tab's content for this class, or empty when the signed-in user may not see it. */
    Optional<Component> content(TrainingClass trainingClass);
}
