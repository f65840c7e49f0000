package vn.lopboiduong.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.data.domain.Pageable;

/**
 * The one way a grid gets its rows: page by page from the database, sorted and filtered there. The grid asks for
 * a page (with its sort orders turned into a Spring {@link Pageable}) and for the count separately.
 */
public final class LazyGrids {

    private LazyGrids() {
    }

    public static <T> void bind(Grid<T> grid, Function<Pageable, List<T>> page, Supplier<Long> count) {
        grid.setItems(
                query -> page.apply(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(count.get()));
    }
}
