package vn.lopboiduong.klass.ui;

import com.vaadin.flow.component.Component;
import vn.lopboiduong.klass.TrainingClass;

/**
 * One tab of the class page (its overview, board, programme, trainees, timetable, topic plans and decisions now;
 * attendance and results later), so that the class page does not depend on the features behind its tabs.
 * Implementations are Spring beans; a tab's content is built the first time it is opened.
 */
public interface ClassTab {

    /**
     * Where the tab goes: overview 10, board 15, programme 20, trainees 25, timetable 30, topic plans 35,
     * decisions 40.
     */
    int order();

    String titleKey();

    /**
     * The tab's address below its class's: {@code /classes/{id}/programme} opens the tab whose path is
     * "programme"; the overview's path is empty.
     */
    String path();

    /** Whether the signed-in user sees this tab of this class at all. */
    default boolean shownFor(TrainingClass trainingClass) {
        return true;
    }

    /**
     * The tab's content for this class. A tab that changes the class itself (its details or status) calls
     * {@code classChanged} so that the page reads the class again.
     */
    Component content(TrainingClass trainingClass, Runnable classChanged);
}
