package vn.lopboiduong.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.Roles;

/** A lecturer's home: a welcome now; their teaching schedule and topic plans join it as those features land. */
@Route("my")
@Menu(order = 1, icon = "vaadin:user-card", title = "menu.my")
@RolesAllowed(Roles.LECTURER)
public class MyView extends Div implements HasDynamicTitle {

    MyView(Clock clock) {
        addClassName("welcome-view");
        String name = CurrentUser.displayName().orElse("");
        var card = new Div(new H2(getTranslation("my.welcome", name)),
                new Paragraph(getTranslation("dashboard.today", DateFormats.format(LocalDate.now(clock)))),
                new Paragraph(getTranslation("my.intro")));
        card.addClassName("welcome-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.my");
    }
}
