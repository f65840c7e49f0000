package vn.lopboiduong.unit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Stream;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.unit.UnitNode;
import vn.lopboiduong.unit.UnitService;

/**
 * The organisation tree: the school and its faculties, Party committees and their cells. Branches load from the
 * database as they are opened; a search shows matching units as a flat list with their parent.
 */
@Route("units")
@Menu(order = 80, icon = "vaadin:sitemap", title = "menu.units")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
public class UnitView extends VerticalLayout implements HasDynamicTitle {

    final TextField search;
    final TreeGrid<UnitNode> grid = new TreeGrid<>();
    final Button add;

    private final UnitService units;

    UnitView(UnitService units) {
        this.units = units;
        addClassName("list-view");
        setSizeFull();

        search = ViewToolbar.searchField(getTranslation("units.search"), this::refresh);
        add = ViewToolbar.addButton(getTranslation("units.add"),
                () -> UnitDialog.forNew(units, grid.asSingleSelect().getValue(), this::refresh).open());

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addHierarchyColumn(UnitNode::name).setHeader(getTranslation("units.name"))
                .setSortProperty("name").setFlexGrow(3);
        grid.addColumn(UnitNode::code).setHeader(getTranslation("units.code")).setSortProperty("code")
                .setAutoWidth(true);
        grid.addColumn(node -> getTranslation(node.kind().translationKey()))
                .setHeader(getTranslation("units.kind")).setSortProperty("kindOrder").setAutoWidth(true);
        grid.addColumn(node -> node.parentName() == null ? "" : node.parentName())
                .setHeader(getTranslation("units.parent")).setFlexGrow(2);
        grid.addItemDoubleClickListener(click -> edit(click.getItem()));
        grid.setDataProvider(new UnitTreeProvider());

        var edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(), click -> {
            UnitNode selected = grid.asSingleSelect().getValue();
            if (selected != null) {
                edit(selected);
            }
        });
        edit.setEnabled(false);
        grid.asSingleSelect().addValueChangeListener(change -> edit.setEnabled(change.getValue() != null));

        add(new ViewToolbar().filters(search).actions(edit, add), grid);
        setFlexGrow(1, grid);
    }

    private void edit(UnitNode node) {
        ServiceCalls.find(() -> units.get(node.id()))
                .ifPresent(unit -> UnitDialog.forExisting(units, unit, this::refresh).open());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.units");
    }

    /** Children come from the database one page at a time; with a search text the tree becomes a flat list. */
    private final class UnitTreeProvider extends AbstractBackEndHierarchicalDataProvider<UnitNode, Void> {

        @Override
        protected Stream<UnitNode> fetchChildrenFromBackEnd(HierarchicalQuery<UnitNode, Void> query) {
            var pageable = VaadinSpringDataHelpers.toSpringPageRequest(query);
            if (searching()) {
                return units.search(search.getValue(), pageable).stream();
            }
            UnitNode parent = query.getParent();
            return units.children(parent == null ? null : parent.id(), pageable).stream();
        }

        @Override
        public int getChildCount(HierarchicalQuery<UnitNode, Void> query) {
            if (searching()) {
                return query.getParent() == null ? Math.toIntExact(units.countSearch(search.getValue())) : 0;
            }
            UnitNode parent = query.getParent();
            return Math.toIntExact(units.countChildren(parent == null ? null : parent.id()));
        }

        @Override
        public boolean hasChildren(UnitNode item) {
            return !searching() && item.hasChildren();
        }

        @Override
        public Object getId(UnitNode item) {
            return item.id();
        }

        private boolean searching() {
            return !search.getValue().isBlank();
        }
    }
}
