package vn.lopboiduong.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.user.UserRow;
import vn.lopboiduong.user.UserService;

/** Accounts, for administrators: search, create, edit roles, lock and unlock, reset passwords. */
@Route("users")
@Menu(order = 90, icon = "vaadin:users", title = "menu.users")
@RolesAllowed(Roles.ADMIN)
public class UserListView extends VerticalLayout implements HasDynamicTitle {

    /** The status filter's choices. */
    enum StatusFilter {
        ALL(null), ACTIVE(Boolean.TRUE), LOCKED(Boolean.FALSE);

        final @Nullable Boolean active;

        StatusFilter(@Nullable Boolean active) {
            this.active = active;
        }
    }

    final TextField search;
    final Select<StatusFilter> status = new Select<>();
    final Grid<UserRow> grid = new Grid<>();
    final Button add;

    private final UserService users;

    UserListView(UserService users) {
        this.users = users;
        addClassName("list-view");
        setSizeFull();

        search = ViewToolbar.searchField(getTranslation("users.search"), this::refresh);

        status.setLabel(null);
        status.setItems(StatusFilter.values());
        status.setItemLabelGenerator(choice -> getTranslation("users.status." + choice.name()));
        status.setValue(StatusFilter.ALL);
        status.addValueChangeListener(change -> refresh());

        add = ViewToolbar.addButton(getTranslation("users.add"), () -> UserDialog.forNew(users, this::refresh).open());

        configureGrid();
        add(new ViewToolbar().filters(search, status).actions(add), grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserRow::username).setHeader(getTranslation("users.username"))
                .setSortProperty("username").setAutoWidth(true);
        grid.addColumn(UserRow::fullName).setHeader(getTranslation("users.full-name"))
                .setSortProperty("fullName").setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(account -> account.email() == null ? "" : account.email())
                .setHeader(getTranslation("users.email")).setSortProperty("email").setFlexGrow(2);
        grid.addColumn(account -> account.roles().stream().sorted()
                .map(role -> getTranslation(role.translationKey())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles")).setFlexGrow(2);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("users.status"))
                .setSortProperty("active").setAutoWidth(true);
        grid.addColumn(account -> DateFormats.format(account.lastLoginAt()))
                .setHeader(getTranslation("users.last-login")).setSortProperty("lastLoginAt").setAutoWidth(true);
        grid.addItemClickListener(click -> ServiceCalls.find(() -> users.get(click.getItem().id()))
                .ifPresent(account -> UserDialog.forExisting(users, account, this::refresh).open()));
        LazyGrids.bind(grid, pageable -> users.list(filter(), pageable), () -> users.count(filter()));
    }

    private Span statusBadge(UserRow account) {
        var badge = new Span(getTranslation(account.active() ? "users.status.ACTIVE" : "users.status.LOCKED"));
        badge.getElement().getThemeList().add(account.active() ? "badge success" : "badge error");
        return badge;
    }

    UserService.Filter filter() {
        StatusFilter chosen = status.getValue() == null ? StatusFilter.ALL : status.getValue();
        return new UserService.Filter(search.getValue(), chosen.active);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users");
    }
}
