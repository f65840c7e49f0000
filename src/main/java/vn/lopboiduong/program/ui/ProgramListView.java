package vn.lopboiduong.program.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.lopboiduong.base.ui.FormDialog;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.program.Program;
import vn.lopboiduong.program.ProgramRow;
import vn.lopboiduong.program.ProgramService;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.Roles;

/** Reusable programmes; opening one shows and edits its topics. */
@Route("programs")
@Menu(order = 15, icon = "vaadin:list-ol", title = "menu.programs")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.VIEWER})
public class ProgramListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search;
    final Grid<ProgramRow> grid = new Grid<>();
    final Button add;

    ProgramListView(ProgramService programs) {
        addClassName("list-view");
        setSizeFull();
        search = ViewToolbar.searchField(getTranslation("programs.search"), this::refresh);
        add = ViewToolbar.addButton(getTranslation("programs.add"), () -> newProgram(programs));
        add.setVisible(CurrentUser.isCommittee());

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ProgramRow::name).setHeader(getTranslation("programs.name")).setSortProperty("name")
                .setFlexGrow(2);
        grid.addColumn(p -> p.description() == null ? "" : p.description())
                .setHeader(getTranslation("programs.description")).setFlexGrow(3);
        grid.addItemClickListener(click -> UI.getCurrent().navigate(ProgramView.class, click.getItem().id()));
        LazyGrids.bind(grid, pageable -> programs.rows(search.getValue(), pageable),
                () -> programs.count(search.getValue()));
        add(new ViewToolbar().filters(search).actions(add), grid);
        setFlexGrow(1, grid);
    }

    private void newProgram(ProgramService programs) {
        var program = new Program("");
        var form = new FormLayout();
        var name = new TextField(getTranslation("programs.name"));
        var description = new TextArea(getTranslation("programs.description"));
        var binder = FormDialog.binder(Program.class);
        binder.forField(name).bind("name");
        binder.forField(description).withNullRepresentation("").bind("description");
        form.add(name, 2);
        form.add(description, 2);
        new FormDialog<>(getTranslation("programs.add"), form, binder, program, programs::save)
                .onSaved(saved -> getTranslation("programs.saved", saved.getName()),
                        saved -> UI.getCurrent().navigate(ProgramView.class, saved.requireId()))
                .open();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.programs");
    }
}
