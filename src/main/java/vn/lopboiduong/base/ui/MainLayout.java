package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.lopboiduong.base.i18n.LocalePreferences;
import vn.lopboiduong.base.i18n.TranslationProvider;
import vn.lopboiduong.security.CurrentUser;

/**
 * The shell around every signed-in view: a side menu with only what the user's role may open (Vaadin filters
 * {@code @Menu} views by their access annotations), the page title, the features' bells ({@link HeaderNotice}),
 * and the user's name, roles, language and sign-out in the header.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authenticationContext;
    private final LocalePreferences localePreferences;
    private final H1 viewTitle = new H1();
    private final List<HeaderNotice> notices;
    /** The bells of the {@link HeaderNotice}s, refreshed after every navigation. */
    final Div bells = new Div();

    MainLayout(AuthenticationContext authenticationContext, LocalePreferences localePreferences,
            ObjectProvider<HeaderNotice> notices) {
        this.authenticationContext = authenticationContext;
        this.localePreferences = localePreferences;
        this.notices = notices.orderedStream().toList();
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(sideNav()));
        viewTitle.addClassName("view-title");
        bells.addClassName("header-bells");
        addToNavbar(new DrawerToggle(), viewTitle, bells, userArea());
    }

    /** A bell with its count for each notice that has one; clicking it opens where the notice says. */
    private void refreshBells() {
        bells.removeAll();
        for (HeaderNotice source : notices) {
            source.notice().filter(notice -> notice.count() > 0).ifPresent(notice -> {
                var count = new Span(notice.count() > 99 ? "99+" : String.valueOf(notice.count()));
                count.addClassName("header-bell-count");
                var bell = new Button(VaadinIcon.BELL.create(), click -> open(notice.route()));
                bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
                bell.getElement().setAttribute("aria-label", notice.label());
                bell.getElement().setAttribute("title", notice.label());
                bell.addClassName("header-bell");
                var holder = new Div(bell, count);
                holder.addClassName("header-bell-holder");
                bells.add(holder);
            });
        }
    }

    /** Navigates to a route that may carry query parameters, which {@link UI#navigate(String)} would take as path. */
    private static void open(String route) {
        var location = new Location(route);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    private Component brand() {
        var logo = VaadinIcon.ACADEMY_CAP.create();
        logo.addClassName("brand-logo");
        var name = new Span(getTranslation("app.short-name"));
        name.addClassName("brand-name");
        var brand = new Div(logo, name);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav sideNav() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        boolean lecturerOnly = CurrentUser.isLecturerOnly();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            // The dashboard at "/" forwards lecturers to their own page, which has its own menu entry.
            if (lecturerOnly && (entry.path().isEmpty() || "/".equals(entry.path()))) {
                continue;
            }
            String title = getTranslation(entry.title());
            var item = entry.icon() == null ? new SideNavItem(title, entry.path())
                    : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }
        return nav;
    }

    private Component userArea() {
        String fullName = CurrentUser.displayName().orElse("");
        String roles = CurrentUser.roles().stream().sorted()
                .map(role -> getTranslation(role.translationKey()))
                .collect(Collectors.joining(", "));

        var avatar = new Avatar(fullName);
        avatar.addClassName("user-avatar");
        var name = new Span(fullName);
        name.addClassName("user-name");
        var roleLabel = new Span(roles);
        roleLabel.addClassName("user-roles");
        var identity = new Div(name, roleLabel);
        identity.addClassName("user-identity");

        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var userItem = menu.addItem(new Div(avatar, identity));
        userItem.addClassName("user-menu");
        var userMenu = userItem.getSubMenu();
        userMenu.addItem(getTranslation("menu.profile"), click -> UI.getCurrent().navigate("profile"));
        var language = userMenu.addItem(getTranslation("language.label"));
        for (Locale locale : TranslationProvider.LOCALES) {
            var choice = language.getSubMenu().addItem(getTranslation("language." + locale.getLanguage()),
                    click -> switchLanguage(locale));
            choice.setCheckable(true);
            choice.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        userMenu.addItem(getTranslation("menu.logout"), click -> authenticationContext.logout());

        var area = new Div(menu);
        area.addClassName("user-area");
        return area;
    }

    private void switchLanguage(Locale locale) {
        localePreferences.changeOwnLocale(locale);
        var ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
        refreshBells();
    }
}
