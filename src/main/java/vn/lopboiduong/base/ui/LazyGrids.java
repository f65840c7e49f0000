package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.data.provider.HasLazyDataView;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.data.domain.Pageable;

/**
 * The one way a grid (or a combo box) gets its rows: page by page from the database, sorted and filtered there. The grid asks for
 * a page (with its sort orders turned into a Spring {@link Pageable}) and for the count separately.
 */
public final class LazyGrids {

    private LazyGrids() {
    }

    /**
     * The same for a combo box: the text the user types is the filter, and the choices page in from the database
     * as the list scrolls.
     */
    public static <T> void bindFiltered(HasLazyDataView<T, String, ?> field,
            BiFunction<String, Pageable, List<T>> page, Function<String, Long> count) {
        field.setItems(
                query -> page.apply(query.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream(),
                query -> Math.toIntExact(count.apply(query.getFilter().orElse(""))));
    }

    /**
     * Binds a grid to its pages. A grid that finds nothing says so ("No matching results"), unless the view gave
     * it its own, more telling empty text before.
     */
    public static <T> void bind(Grid<T> grid, Function<Pageable, List<T>> page, Supplier<Long> count) {
        if (grid.getEmptyStateText() == null && grid.getEmptyStateComponent() == null) {
            grid.setEmptyStateText(grid.getTranslation("grid.empty"));
        }
        grid.setItems(
                query -> page.apply(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(count.get()));
    }
}
