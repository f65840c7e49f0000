package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The small icon buttons at the end of a grid row (move up, move down, edit, delete), labelled for screen readers. */
public final class RowActions {

    private RowActions() {
    }

    public static Button icon(VaadinIcon icon, String label, Runnable onClick) {
        var button = new Button(icon.create(), click -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    /**
     * The trash icon of a row: it asks first (through {@link Confirmations}, naming the record in {@code text}) and
     * deletes only when the user confirms; then the rows refresh. The one way a row is deleted from a grid.
     */
    public static Button delete(String header, String text, Runnable refresh, Runnable delete) {
        var button = icon(VaadinIcon.TRASH, UI.getCurrent().getTranslation("action.delete"),
                () -> Confirmations.delete(header, text, () -> {
                    if (ServiceCalls.run(delete)) {
                        refresh.run();
                    }
                }));
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return button;
    }

    /**
     * A button that runs a service call and, when it went through, refreshes the rows; for what can be undone
     * (move up, move down). A delete goes through {@link #delete}.
     */
    public static Button serviceCall(VaadinIcon icon, String label, Runnable refresh, Runnable call) {
        return icon(icon, label, () -> {
            if (ServiceCalls.run(call)) {
                refresh.run();
            }
        });
    }
}
