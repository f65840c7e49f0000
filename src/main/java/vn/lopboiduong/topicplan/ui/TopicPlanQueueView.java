package vn.lopboiduong.topicplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.base.ui.ScreenWidth;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.ui.ClassPicker;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.lecturer.ui.LecturerPicker;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.topicplan.TopicPlanService;
import vn.lopboiduong.topicplan.TopicPlanService.QueueFilter;
import vn.lopboiduong.topicplan.TopicPlanService.QueueRow;
import vn.lopboiduong.topicplan.TopicPlanStatus;

/**
 * The committee's review queue: by default the plans waiting for review, oldest submission first; filtered by
 * class, lecturer, status (or every topic that needs a plan) and overdue. A row opens the plan, where the committee
 * reads it beside the version approved before and approves or returns it; leaders read the same, changing nothing.
 */
@Route("topic-plans")
@Menu(order = 22, icon = "vaadin:clipboard-check", title = "menu.topic-plans")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.VIEWER})
public class TopicPlanQueueView extends VerticalLayout implements HasDynamicTitle {

    /** The status filter's choices: one status, or every topic that needs a plan ({@link Optional#empty()}). */
    final Select<Optional<TopicPlanStatus>> status = new Select<>();
    final ClassPicker trainingClass;
    final LecturerPicker lecturer;
    final CheckboxGroup<String> overdue = new CheckboxGroup<>();
    final Grid<QueueRow> grid = new Grid<>();
    final Span count = new Span();
    private final List<Grid.Column<QueueRow>> wideColumns = new ArrayList<>();
    private final Grid.Column<QueueRow> cards;
    private final TopicPlanService plans;

    TopicPlanQueueView(TopicPlanService plans, TrainingClassService classes, LecturerService lecturers) {
        this.plans = plans;
        addClassName("list-view");
        addClassName("topic-plan-queue");
        setSizeFull();
        List<Optional<TopicPlanStatus>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        for (TopicPlanStatus value : TopicPlanStatus.values()) {
            choices.add(Optional.of(value));
        }
        status.setLabel(getTranslation("topic-plans.queue.status"));
        status.setItems(choices);
        status.setItemLabelGenerator(choice -> choice.map(value -> getTranslation(value.translationKey()))
                .orElseGet(() -> getTranslation("topic-plans.queue.all")));
        status.setValue(Optional.of(TopicPlanStatus.SUBMITTED));
        status.addValueChangeListener(change -> refresh());
        trainingClass = new ClassPicker(classes);
        trainingClass.setLabel(getTranslation("topic-plans.queue.class"));
        trainingClass.addValueChangeListener(change -> refresh());
        lecturer = new LecturerPicker(getTranslation("topic-plans.queue.lecturer"), lecturers);
        lecturer.addValueChangeListener(change -> refresh());
        String overdueOnly = getTranslation("topic-plans.queue.overdue-only");
        overdue.setItems(overdueOnly);
        overdue.addValueChangeListener(change -> refresh());
        count.addClassName("list-count");

        configureGrid();
        cards = grid.addComponentColumn(this::card).setHeader(getTranslation("topic-plans.queue.plans"));
        showOnPhone(false);
        ScreenWidth.onChange(this, this::showOnPhone);
        LazyGrids.bind(grid, pageable -> plans.queue(filter(), pageable), () -> plans.count(filter()));
        grid.addItemClickListener(click -> TopicPlanView.open(click.getItem().topicId()));
        add(new ViewToolbar().filters(status, trainingClass, lecturer, overdue).actions(count), grid);
        refresh();
    }

    QueueFilter filter() {
        return new QueueFilter(trainingClass.selectedId(), lecturer.selectedId(),
                status.getValue() == null ? null : status.getValue().orElse(null), !overdue.getValue().isEmpty());
    }

    private void configureGrid() {
        grid.addClassName("topic-plans-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        wideColumns.add(grid.addColumn(row -> DateFormats.format(row.submittedAt()))
                .setHeader(getTranslation("topic-plans.queue.submitted")).setAutoWidth(true).setFlexGrow(0));
        wideColumns.add(grid.addColumn(QueueRow::classCode).setHeader(getTranslation("topic-plans.queue.class"))
                .setAutoWidth(true).setFlexGrow(0));
        wideColumns.add(grid.addColumn(QueueRow::topicTitle).setHeader(getTranslation("topic-plans.class.topic"))
                .setFlexGrow(3));
        wideColumns.add(grid.addColumn(row -> row.lecturerName() == null ? "" : row.lecturerName())
                .setHeader(getTranslation("topic-plans.class.lecturer")).setFlexGrow(1));
        wideColumns.add(grid.addComponentColumn(row -> PlanStatusBadge.of(row.status()))
                .setHeader(getTranslation("topic-plans.class.status")).setAutoWidth(true).setFlexGrow(0));
        wideColumns.add(grid.addColumn(row -> row.versionNumber() == null ? "" : String.valueOf(row.versionNumber()))
                .setHeader(getTranslation("topic-plans.class.version")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END));
        wideColumns.add(grid.addComponentColumn(row -> PlanStatusBadge.deadline(row.deadline(), row.overdue()))
                .setHeader(getTranslation("topic-plans.class.deadline")).setAutoWidth(true).setFlexGrow(0));
        grid.setPartNameGenerator(row -> row.overdue() ? "overdue-row" : null);
        grid.setEmptyStateText(getTranslation("topic-plans.queue.empty"));
    }

    /** On a phone, one card a plan instead of seven columns. */
    private Component card(QueueRow row) {
        var title = new Div(new Span(row.topicTitle()));
        title.addClassName("plan-card-title");
        var meta = new Div(new Span(row.classCode() + (row.lecturerName() == null ? "" : " · " + row.lecturerName())));
        meta.addClassName("plan-card-meta");
        var state = new Div(PlanStatusBadge.of(row.status()), new Text(" "), PlanStatusBadge.deadline(row.deadline(), row.overdue()));
        state.addClassName("plan-card-meta");
        var card = new Div(title, meta, state);
        card.addClassName("plan-card");
        return card;
    }

    private void showOnPhone(boolean phone) {
        wideColumns.forEach(column -> column.setVisible(!phone));
        cards.setVisible(phone);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("topic-plans.queue.count", plans.count(filter())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.topic-plans");
    }
}
