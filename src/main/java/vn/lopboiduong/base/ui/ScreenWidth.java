package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Tells a view whether it is shown on a phone, once the browser has said how wide it is and again whenever the
 * window is resized across the limit. Views that lay data out in wide grids switch to cards on a phone: a grid's
 * columns cannot wrap, and CSS alone cannot turn a lazy grid's rows into cards.
 */
public final class ScreenWidth {

    /** The widest window still treated as a phone, in CSS pixels; the same limit as the media queries of {@code styles.css}. */
    public static final int PHONE_MAX_WIDTH = 600;

    private ScreenWidth() {
    }

    /** Calls {@code phone} with true on a phone-wide window, false otherwise, on attach and after resizes. */
    public static void onChange(Component view, Consumer<Boolean> phone) {
        view.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> phone.accept(isPhone(details.getWindowInnerWidth())));
            Registration resize = page.addBrowserWindowResizeListener(
                    event -> phone.accept(isPhone(event.getWidth())));
            view.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    static boolean isPhone(int windowWidth) {
        // An unknown width (0) is a desktop browser that did not report it.
        return windowWidth > 0 && windowWidth <= PHONE_MAX_WIDTH;
    }
}
