package vn.lopboiduong.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import vn.lopboiduong.security.CurrentUser;

/**
 * The start page for the organizing committee, leaders and administrators. Lecturers are sent on to their own
 * page, so everyone can bookmark "/" and land in the right place.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "menu.dashboard")
@PermitAll
public class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    DashboardView(Clock clock) {
        addClassName("welcome-view");
        add(new WelcomeCard(clock, "dashboard.welcome", "dashboard.intro"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.isLecturerOnly()) {
            event.forwardTo(MyView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }
}
