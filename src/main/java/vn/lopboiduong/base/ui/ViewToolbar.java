package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.lopboiduong.base.domain.SearchText;

/** The row above a list: filters on the left, actions on the right; it wraps on narrow screens. */
public class ViewToolbar extends Div {

    private final Div filters = new Div();
    private final Div actions = new Div();

    public ViewToolbar() {
        addClassName("view-toolbar");
        filters.addClassName("view-toolbar-filters");
        actions.addClassName("view-toolbar-actions");
        add(filters, actions);
    }

    /** The free-text filter of a list: refreshes as the user pauses typing. */
    public static TextField searchField(String placeholder, Runnable onChange) {
        var search = new TextField();
        search.setPlaceholder(placeholder);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        // The server reads no more of a query than this either (SearchText.MAX_QUERY_LENGTH).
        search.setMaxLength(SearchText.MAX_QUERY_LENGTH);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> onChange.run());
        return search;
    }

    /** The main action of a list, such as adding a record. */
    public static Button addButton(String text, Runnable onClick) {
        var button = new Button(text, VaadinIcon.PLUS.create(), click -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    public ViewToolbar filters(Component... components) {
        filters.add(components);
        return this;
    }

    public ViewToolbar actions(Component... components) {
        actions.add(components);
        return this;
    }
}
