package vn.lopboiduong.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.plan.PlanProgress;
import vn.lopboiduong.plan.PlanRow;
import vn.lopboiduong.plan.TrainingPlanService;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.Roles;

/**
 * Training plans with their progress: classes held against the target, and trainees enrolled in their classes
 * against the trainee target (with the places the classes offer).
 */
@Route("plans")
@Menu(order = 10, icon = "vaadin:clipboard-text", title = "menu.plans")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.VIEWER})
public class PlanListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search;
    final Grid<ListedPlan> grid = new Grid<>();
    final Button add;

    /** A plan with its progress, read for a whole page with one aggregate query, not one per row. */
    record ListedPlan(PlanRow plan, PlanProgress.Progress progress) {
    }

    PlanListView(TrainingPlanService plans, PlanProgress progress, Clock clock) {
        addClassName("list-view");
        setSizeFull();

        search = ViewToolbar.searchField(getTranslation("plans.search"), this::refresh);
        add = ViewToolbar.addButton(getTranslation("plans.add"),
                () -> PlanDialog.forNew(plans, progress, LocalDate.now(clock), this::refresh).open());
        boolean committee = CurrentUser.isCommittee();
        add.setVisible(committee);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> row.plan().number()).setHeader(getTranslation("plans.number")).setSortProperty("number")
                .setAutoWidth(true);
        grid.addColumn(row -> DateFormats.format(row.plan().issueDate())).setHeader(getTranslation("plans.issue-date"))
                .setSortProperty("issueDate").setAutoWidth(true);
        grid.addColumn(row -> row.plan().issuingBody()).setHeader(getTranslation("plans.issuing-body"))
                .setSortProperty("issuingBody").setFlexGrow(2);
        grid.addColumn(row -> row.plan().term() == null ? "" : row.plan().term()).setHeader(getTranslation("plans.term"))
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation("plans.progress.classes", row.progress().held(),
                row.plan().targetClasses(), row.progress().classes()))
                .setHeader(getTranslation("plans.progress.classes.header")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("plans.progress.trainees", row.progress().enrolled(),
                row.plan().targetTrainees(), row.progress().capacity())).setHeader(getTranslation("plans.progress.trainees.header"))
                .setAutoWidth(true);
        grid.addItemClickListener(click -> ServiceCalls.find(() -> plans.get(click.getItem().plan().id()))
                .ifPresent(plan -> PlanDialog.forExisting(plans, progress, plan, committee, this::refresh).open()));
        LazyGrids.bind(grid, pageable -> withProgress(plans.rows(search.getValue(), pageable), progress),
                () -> plans.count(search.getValue()));

        add(new ViewToolbar().filters(search).actions(add), grid);
        setFlexGrow(1, grid);
    }

    private static List<ListedPlan> withProgress(List<PlanRow> page, PlanProgress progress) {
        Map<Long, PlanProgress.Progress> byPlan = progress.of(page.stream().map(PlanRow::id).toList());
        return page.stream().map(plan -> new ListedPlan(plan,
                byPlan.getOrDefault(plan.id(), PlanProgress.Progress.NONE))).toList();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.plans");
    }
}
