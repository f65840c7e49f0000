package vn.lopboiduong.topicplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.base.ui.ScreenWidth;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.home.ui.MySection;
import vn.lopboiduong.home.ui.MyView;
import vn.lopboiduong.topicplan.TopicPlanService;
import vn.lopboiduong.topicplan.TopicPlanService.MyFilter;
import vn.lopboiduong.topicplan.TopicPlanService.MyPlanCounts;
import vn.lopboiduong.topicplan.TopicPlanService.MyTopicRow;
import vn.lopboiduong.topicplan.TopicPlanStatus;

/**
 * The lecturer's topics on {@code /my}: every class topic assigned to them with its class, dates, periods, plan
 * status and deadline, returned and overdue plans first; a click opens the plan. Its figures count the plans by
 * status.
 */
@SpringComponent
class MyTopicsSection implements MySection {

    private final TopicPlanService plans;

    MyTopicsSection(TopicPlanService plans) {
        this.plans = plans;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Component> figures() {
        MyPlanCounts counts = plans.myPlanCounts();
        var ui = com.vaadin.flow.component.UI.getCurrent();
        long notHandedIn = counts.notStarted() + counts.of(TopicPlanStatus.DRAFT);
        List<Component> figures = new ArrayList<>();
        figures.add(MyView.figure(String.valueOf(counts.of(TopicPlanStatus.APPROVED)),
                ui.getTranslation("my.plans.approved")));
        figures.add(MyView.figure(String.valueOf(counts.of(TopicPlanStatus.SUBMITTED)),
                ui.getTranslation("my.plans.submitted")));
        figures.add(MyView.figure(String.valueOf(counts.of(TopicPlanStatus.RETURNED)),
                ui.getTranslation("my.plans.returned")));
        figures.add(MyView.figure(String.valueOf(notHandedIn), ui.getTranslation("my.plans.not-handed-in")));
        Div overdue = MyView.figure(String.valueOf(counts.overdue()), ui.getTranslation("my.plans.overdue"));
        overdue.getElement().getClassList().set("workload-figure-alert", counts.overdue() > 0);
        figures.add(overdue);
        return figures;
    }

    @Override
    public Component content() {
        return new MyTopics(plans);
    }

    /** The card's id, which the lecturer's bell asks {@code /my} to scroll to ({@code my?section=my-topics}). */
    static final String ID = "my-topics";

    /** The card: a status filter, an overdue-only filter and the lazy list, as cards on a phone. */
    static final class MyTopics extends Div {

        final Select<Optional<TopicPlanStatus>> status = new Select<>();
        final CheckboxGroup<String> overdue = new CheckboxGroup<>();
        final Grid<MyTopicRow> grid = new Grid<>();
        private final List<Grid.Column<MyTopicRow>> wideColumns = new ArrayList<>();
        private final Grid.Column<MyTopicRow> cards;

        MyTopics(TopicPlanService plans) {
            addClassName("card");
            addClassName("my-topics");
            setId(ID);
            List<Optional<TopicPlanStatus>> choices = new ArrayList<>();
            choices.add(Optional.empty());
            for (TopicPlanStatus value : List.of(TopicPlanStatus.RETURNED, TopicPlanStatus.DRAFT,
                    TopicPlanStatus.SUBMITTED, TopicPlanStatus.APPROVED)) {
                choices.add(Optional.of(value));
            }
            status.setLabel(getTranslation("topic-plans.queue.status"));
            status.setItems(choices);
            status.setItemLabelGenerator(choice -> choice.map(value -> getTranslation(value.translationKey()))
                    .orElseGet(() -> getTranslation("my.plans.all")));
            status.setValue(Optional.empty());
            status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
            overdue.setItems(getTranslation("topic-plans.queue.overdue-only"));
            overdue.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addClassName("topic-plans-grid");
            grid.setHeight("24em");
            wideColumns.add(grid.addColumn(row -> row.className() + " (" + row.classCode() + ")")
                    .setHeader(getTranslation("topic-plans.queue.class")).setFlexGrow(2));
            wideColumns.add(grid.addColumn(MyTopicRow::topicTitle).setHeader(getTranslation("topic-plans.class.topic"))
                    .setFlexGrow(3));
            wideColumns.add(grid.addColumn(this::dates).setHeader(getTranslation("my.plans.dates"))
                    .setAutoWidth(true).setFlexGrow(0));
            wideColumns.add(grid.addColumn(MyTopicRow::periods).setHeader(getTranslation("topic-plans.class.periods"))
                    .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END));
            wideColumns.add(grid.addComponentColumn(row -> PlanStatusBadge.of(row.status()))
                    .setHeader(getTranslation("topic-plans.class.status")).setAutoWidth(true).setFlexGrow(0));
            wideColumns.add(grid.addComponentColumn(row -> PlanStatusBadge.deadline(row.deadline(), row.overdue()))
                    .setHeader(getTranslation("topic-plans.class.deadline")).setAutoWidth(true).setFlexGrow(0));
            cards = grid.addComponentColumn(this::card).setHeader(getTranslation("my.plans.title"));
            grid.setPartNameGenerator(row -> row.overdue() ? "overdue-row" : null);
            grid.setEmptyStateText(getTranslation("my.plans.empty"));
            grid.addItemClickListener(click -> TopicPlanView.open(click.getItem().topicId()));
            LazyGrids.bind(grid, pageable -> plans.myTopics(filter(), pageable), () -> plans.countMyTopics(filter()));
            showOnPhone(false);
            ScreenWidth.onChange(this, this::showOnPhone);
            add(new H3(getTranslation("my.plans.title")), new ViewToolbar().filters(status, overdue), grid);
        }

        private MyFilter filter() {
            return new MyFilter(null, status.getValue() == null ? null : status.getValue().orElse(null),
                    !overdue.getValue().isEmpty());
        }

        private String dates(MyTopicRow row) {
            if (row.firstDate() == null) {
                return "";
            }
            return row.firstDate().equals(row.lastDate()) ? DateFormats.format(row.firstDate())
                    : DateFormats.format(row.firstDate()) + " – " + DateFormats.format(row.lastDate());
        }

        private Component card(MyTopicRow row) {
            var title = new Div(new Span(row.topicTitle()));
            title.addClassName("plan-card-title");
            var klass = new Div(new Span(row.className() + " (" + row.classCode() + ")"));
            klass.addClassName("plan-card-meta");
            var when = new Div(new Span(dates(row) + " · " + getTranslation("my.plans.periods", row.periods())));
            when.addClassName("plan-card-meta");
            var state = new Div(PlanStatusBadge.of(row.status()), new Text(" "),
                    new Span(getTranslation("topic-plans.class.deadline") + ": "), PlanStatusBadge.deadline(row.deadline(), row.overdue()));
            state.addClassName("plan-card-meta");
            var card = new Div(title, klass, when, state);
            card.addClassName("plan-card");
            return card;
        }

        private void showOnPhone(boolean phone) {
            wideColumns.forEach(column -> column.setVisible(!phone));
            cards.setVisible(phone);
        }
    }
}
