package vn.lopboiduong.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import vn.lopboiduong.security.Roles;

/** A lecturer's home: a welcome now; their teaching schedule and topic plans join it as those features land. */
@Route("my")
@Menu(order = 1, icon = "vaadin:user-card", title = "menu.my")
@RolesAllowed(Roles.LECTURER)
public class MyView extends Div implements HasDynamicTitle {

    MyView(Clock clock) {
        addClassName("welcome-view");
        add(new WelcomeCard(clock, "my.welcome", "my.intro"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.my");
    }
}
