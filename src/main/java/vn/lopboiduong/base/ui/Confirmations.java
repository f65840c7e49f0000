package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The one way to ask "are you sure?" before an action that cannot be taken back (a delete, a status move): a dialog
 * that names what follows, with Cancel and a confirm button that says what it does. Nothing happens until the user
 * confirms.
 */
public final class Confirmations {

    private Confirmations() {
    }

    /** Asks before a destructive action (delete, remove, cancel); the confirm button is red. */
    public static ConfirmDialog danger(String header, String text, String confirmText, Runnable onConfirm) {
        return open(header, text, confirmText, "error primary", onConfirm);
    }

    /** Asks before an ordinary action that cannot be undone (open a class, close it). */
    public static ConfirmDialog ask(String header, String text, String confirmText, Runnable onConfirm) {
        return open(header, text, confirmText, "primary", onConfirm);
    }

    /**
     * Asks the user to pick one of two ways forward (replace or append, say) or cancel; each button says what it
     * does.
     */
    public static ConfirmDialog choose(String header, String text, String firstText, Runnable onFirst,
            String secondText, Runnable onSecond) {
        ConfirmDialog choice = open(header, text, firstText, "primary", onFirst);
        choice.setRejectable(true);
        choice.setRejectText(secondText);
        choice.addRejectListener(event -> onSecond.run());
        return choice;
    }

    /** Asks for a delete, worded with the common "Xóa" button. */
    public static ConfirmDialog delete(String header, String text, Runnable onConfirm) {
        return danger(header, text, UI.getCurrent().getTranslation("action.delete"), onConfirm);
    }

    private static ConfirmDialog open(String header, String text, String confirmText, String theme,
            Runnable onConfirm) {
        var confirm = new ConfirmDialog();
        confirm.addClassName("confirmation");
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(UI.getCurrent().getTranslation("action.cancel"));
        confirm.setConfirmText(confirmText);
        confirm.setConfirmButtonTheme(theme);
        confirm.addConfirmListener(event -> onConfirm.run());
        confirm.open();
        return confirm;
    }
}
