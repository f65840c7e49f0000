package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Catches what a click or other listener throws and no {@link ServiceCalls} handled: the log gets the stack trace
 * under a reference, the user a plain notification with that reference, never the exception's text.
 */
@Component
class SessionErrorHandler extends DefaultErrorHandler implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionEvent -> sessionEvent.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (!shouldHandle(event.getThrowable())) {
            // A browser that went away mid-response, as Vaadin's own handler ignores it: nothing to show or fix.
            return;
        }
        String reference = ErrorReference.log(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notifications.error(ui.getTranslation("error.unexpected.notification", reference));
        }
    }
}
