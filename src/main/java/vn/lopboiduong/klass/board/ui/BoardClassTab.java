package vn.lopboiduong.klass.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.board.ClassBoardService;
import vn.lopboiduong.klass.ui.ClassTab;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.security.CurrentUser;

/** The class page's "Ban quản lý lớp" tab, at {@code /classes/{id}/board}. */
@SpringComponent
class BoardClassTab implements ClassTab {

    private final ClassBoardService board;
    private final LecturerService lecturers;

    BoardClassTab(ClassBoardService board, LecturerService lecturers) {
        this.board = board;
        this.lecturers = lecturers;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String titleKey() {
        return "board.title";
    }

    @Override
    public String path() {
        return "board";
    }

    @Override
    public Component content(TrainingClass trainingClass, Runnable classChanged) {
        return new ClassBoardSection(trainingClass.requireId(),
                CurrentUser.isCommittee() && trainingClass.getStatus().isOpenForChanges(), board, lecturers);
    }
}
