package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

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

    public ViewToolbar filters(Component... components) {
        filters.add(components);
        return this;
    }

    public ViewToolbar actions(Component... components) {
        actions.add(components);
        return this;
    }
}
