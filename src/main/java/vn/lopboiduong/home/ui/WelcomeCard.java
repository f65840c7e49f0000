package vn.lopboiduong.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import vn.lopboiduong.base.i18n.DateFormats;
import vn.lopboiduong.security.CurrentUser;

/** A greeting with the signed-in person's name and today's date, then a line about the page. */
final class WelcomeCard extends Div {

    WelcomeCard(Clock clock, String greetingKey, String introKey) {
        addClassName("welcome-card");
        String name = CurrentUser.displayName().orElse("");
        add(new H2(getTranslation(greetingKey, name)),
                new Paragraph(getTranslation("dashboard.today", DateFormats.format(LocalDate.now(clock)))),
                new Paragraph(getTranslation(introKey)));
    }
}
