package vn.lopboiduong.decision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.lopboiduong.base.ui.ServiceCalls;
import java.time.Clock;
import java.time.LocalDate;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.decision.DecisionKind;
import vn.lopboiduong.decision.DecisionService;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.plan.TrainingPlanService;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.Roles;

/** All decisions, filtered by kind, year and text; the committee records them, leaders read and download them. */
@Route("decisions")
@Menu(order = 12, icon = "vaadin:file-text-o", title = "menu.decisions")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.VIEWER})
public class DecisionListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search;
    final Select<DecisionKind> kind = new Select<>();
    final IntegerField year = new IntegerField();
    final DecisionGrid grid;
    final Button add;

    DecisionListView(DecisionService decisions, TrainingPlanService plans, TrainingClassService classes,
            Clock clock) {
        addClassName("list-view");
        setSizeFull();
        boolean committee = CurrentUser.isCommittee();

        search = ViewToolbar.searchField(getTranslation("decisions.search"), this::refresh);
        kind.setItems(DecisionKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("decisions.kind.all"));
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("decisions.kind.all")
                : getTranslation(value.translationKey()));
        kind.addValueChangeListener(change -> refresh());
        year.setPlaceholder(getTranslation("decisions.year"));
        year.setClearButtonVisible(true);
        year.setWidth("8em");
        year.addValueChangeListener(change -> refresh());

        grid = new DecisionGrid(decisions,
                () -> new DecisionService.Filter(search.getValue(), kind.getValue(), year.getValue(), null, null),
                true);
        grid.addItemClickListener(click -> ServiceCalls.find(() -> decisions.get(click.getItem().id()))
                .ifPresent(decision ->
                DecisionDialog.forExisting(decisions, plans, classes, decision, committee, this::refresh).open()));
        add = ViewToolbar.addButton(getTranslation("decisions.add"),
                () -> DecisionDialog.forNew(decisions, plans, classes, null, LocalDate.now(clock), this::refresh)
                        .open());
        add.setVisible(committee);

        add(new ViewToolbar().filters(search, kind, year).actions(add), grid);
        setFlexGrow(1, grid);
    }

    void refresh() {
        grid.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.decisions");
    }
}
