package vn.lopboiduong.enrollment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.spring.annotation.SpringComponent;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.enrollment.EnrollmentService;
import vn.lopboiduong.enrollment.HistoryRow;
import vn.lopboiduong.klass.ui.ClassView;
import vn.lopboiduong.trainee.ui.TraineeSection;

/** A person's training history on their page: every class they were enrolled in, newest first. */
@SpringComponent
class TrainingHistorySection implements TraineeSection {

    private final EnrollmentService enrollments;

    TrainingHistorySection(EnrollmentService enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component content(long traineeId) {
        var grid = new Grid<HistoryRow>();
        grid.addClassName("training-history");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(HistoryRow::classCode).setHeader(grid.getTranslation("classes.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(HistoryRow::className).setHeader(grid.getTranslation("history.class")).setFlexGrow(3);
        grid.addColumn(row -> row.startDate() == null ? "" : DateFormats.format(row.startDate()) + " – "
                + DateFormats.format(row.endDate())).setHeader(grid.getTranslation("history.dates"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> grid.getTranslation(row.status().translationKey())
                + (row.withdrawnReason() == null ? "" : ": " + row.withdrawnReason()))
                .setHeader(grid.getTranslation("roster.status")).setFlexGrow(1);
        // A person's classes are a handful: every row at once.
        grid.setItems(enrollments.history(traineeId));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(grid.getTranslation("history.empty"));
        grid.addItemClickListener(click -> ClassView.open(click.getItem().classId(), "trainees"));
        var card = new Div(new H3(grid.getTranslation("history.title")), grid);
        card.addClassName("card");
        return card;
    }
}
