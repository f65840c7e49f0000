package vn.lopboiduong.decision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.decision.DecisionService;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.ui.ClassTab;
import vn.lopboiduong.plan.TrainingPlanService;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.Role;

/** The class page's "Quyết định" tab: the decisions about this class, and recording a new one for it. */
@SpringComponent
class DecisionClassTab implements ClassTab {

    private final DecisionService decisions;
    private final TrainingPlanService plans;
    private final TrainingClassService classes;
    private final Clock clock;

    DecisionClassTab(DecisionService decisions, TrainingPlanService plans, TrainingClassService classes,
            Clock clock) {
        this.decisions = decisions;
        this.plans = plans;
        this.classes = classes;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String titleKey() {
        return "classes.tab.decisions";
    }

    @Override
    public String path() {
        return "decisions";
    }

    @Override
    public boolean shownFor(TrainingClass trainingClass) {
        // Decisions are the committee's and the leaders' papers; lecturers see the teaching side of a class only.
        return CurrentUser.isCommittee() || CurrentUser.hasRole(Role.VIEWER);
    }

    @Override
    public Component content(TrainingClass trainingClass, Runnable classChanged) {
        long classId = trainingClass.requireId();
        // Unlike the programme, decisions are still recorded after a class closes: completion is recognised then.
        boolean committee = CurrentUser.isCommittee();
        var layout = new VerticalLayout();
        layout.setPadding(false);
        var grid = new DecisionGrid(decisions, () -> DecisionService.Filter.ofClass(classId), false);
        // A fixed height keeps the grid lazy: showing all rows would read every decision of the class at once.
        grid.setHeight("24em");
        // Unfiltered, an empty list means the class has no decisions yet, not that a search found none.
        grid.setEmptyStateText(grid.getTranslation("decisions.empty"));
        grid.addItemClickListener(click -> ServiceCalls.find(() -> decisions.get(click.getItem().id()))
                .ifPresent(decision ->
                DecisionDialog.forExisting(decisions, plans, classes, decision, committee, grid::refresh).open()));
        if (committee) {
            layout.add(new ViewToolbar().actions(ViewToolbar.addButton(layout.getTranslation("decisions.add"),
                    () -> DecisionDialog.forNew(decisions, plans, classes, classId, LocalDate.now(clock),
                            grid::refresh).open())));
        }
        layout.add(grid);
        return layout;
    }
}
