package vn.lopboiduong.home.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * A part of a lecturer's home ({@code /my}) that another feature brings, as a Spring bean: its figures join the
 * row at the top, its content follows the upcoming sessions in {@link #order()}. So home knows no feature, and a
 * feature adds to the page without changing it.
 */
public interface MySection {

    /** Where the content goes among the other sections; lower first. */
    int order();

    /** Figures for the row at the top (see {@link MyView#figure}); none by default. */
    default List<Component> figures() {
        return List.of();
    }

    /** The section's card; built anew for every visit of the page. */
    Component content();
}
