package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The one way views tell the user how an action went. */
public final class Notifications {

    private static final int SUCCESS_MILLIS = 3000;
    private static final int ERROR_MILLIS = 6000;

    private Notifications() {
    }

    public static Notification success(String text) {
        var notification = Notification.show(text, SUCCESS_MILLIS, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /**
     * At the top of the page, where it covers no field the user has to correct; success messages appear at the
     * bottom, away from it.
     */
    public static Notification error(String text) {
        var notification = Notification.show(text, ERROR_MILLIS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }

    /** Done, but with something the user should look at (a sum that does not add up, say); stays a little longer. */
    public static Notification warning(String text) {
        var notification = Notification.show(text, ERROR_MILLIS, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        return notification;
    }
}
