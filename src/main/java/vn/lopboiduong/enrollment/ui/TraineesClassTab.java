package vn.lopboiduong.enrollment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import vn.lopboiduong.enrollment.EnrollmentService;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.ui.ClassTab;
import vn.lopboiduong.trainee.TraineeService;
import vn.lopboiduong.unit.UnitService;

/** The class page's "Học viên" tab: the roster. Everyone who reads the class reads it; the committee changes it. */
@SpringComponent
class TraineesClassTab implements ClassTab {

    private final EnrollmentService enrollments;
    private final TraineeService trainees;
    private final UnitService units;

    TraineesClassTab(EnrollmentService enrollments, TraineeService trainees, UnitService units) {
        this.enrollments = enrollments;
        this.trainees = trainees;
        this.units = units;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String titleKey() {
        return "classes.tab.trainees";
    }

    @Override
    public String path() {
        return "trainees";
    }

    @Override
    public Component content(TrainingClass trainingClass, Runnable classChanged) {
        return new Roster(enrollments, trainees, units, trainingClass);
    }
}
