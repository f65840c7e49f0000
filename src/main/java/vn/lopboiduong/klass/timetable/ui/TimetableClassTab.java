package vn.lopboiduong.klass.timetable.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.klass.timetable.TimetableExport;
import vn.lopboiduong.klass.timetable.TimetableService;
import vn.lopboiduong.klass.ui.ClassTab;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.security.CurrentUser;

/** The class page's "Lịch học" tab, at {@code /classes/{id}/timetable}. */
@SpringComponent
class TimetableClassTab implements ClassTab {

    private final TimetableService timetable;
    private final ClassTopicService topics;
    private final LecturerService lecturers;
    private final TimetableExport export;
    private final Clock clock;

    TimetableClassTab(TimetableService timetable, ClassTopicService topics, LecturerService lecturers,
            TimetableExport export, Clock clock) {
        this.clock = clock;
        this.timetable = timetable;
        this.topics = topics;
        this.lecturers = lecturers;
        this.export = export;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "classes.tab.timetable";
    }

    @Override
    public String path() {
        return "timetable";
    }

    @Override
    public Component content(TrainingClass trainingClass, Runnable classChanged) {
        return new ClassTimetableTab(trainingClass.requireId(), trainingClass.getStartDate(),
                trainingClass.getVenue(), CurrentUser.isCommittee() && trainingClass.getStatus().isOpenForChanges(),
                timetable, topics, lecturers, export, clock);
    }
}
