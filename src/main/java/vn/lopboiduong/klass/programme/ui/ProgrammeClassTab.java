package vn.lopboiduong.klass.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.klass.ui.ClassTab;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.program.ProgramService;
import vn.lopboiduong.security.CurrentUser;

/** The class page's "Chương trình" tab, at {@code /classes/{id}/programme}. */
@SpringComponent
class ProgrammeClassTab implements ClassTab {

    private final ClassTopicService topics;
    private final ProgramService programs;
    private final LecturerService lecturers;

    ProgrammeClassTab(ClassTopicService topics, ProgramService programs, LecturerService lecturers) {
        this.topics = topics;
        this.programs = programs;
        this.lecturers = lecturers;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "classes.tab.programme";
    }

    @Override
    public String path() {
        return "programme";
    }

    @Override
    public Component content(TrainingClass trainingClass, Runnable classChanged) {
        return new ClassProgrammeTab(trainingClass.requireId(),
                CurrentUser.isCommittee() && trainingClass.getStatus().isOpenForChanges(), topics, programs,
                lecturers);
    }
}
