package vn.lopboiduong.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every sortable column of every list sorts in the database: its sort property names a column of the rows the
 * list's query builds (a property that names none is refused, and the grid would show an error).
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = {"ADMIN", "ORGANIZER"})
class GridSortPropertiesTest extends SpringBrowserlessTest {

    @ParameterizedTest
    @ValueSource(strings = {"users", "plans", "programs", "decisions", "lecturers", "classes"})
    void everySortableColumnSortsTheList(String route) {
        UI.getCurrent().navigate(route);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).first();
        List<Grid.Column<Object>> sortable = grid.getColumns().stream()
                .filter(column -> column.getSortOrder(SortDirection.ASCENDING).findAny().isPresent()).toList();
        assertThat(sortable).isNotEmpty();
        for (Grid.Column<Object> column : sortable) {
            for (SortDirection direction : SortDirection.values()) {
                grid.sort(List.of(new GridSortOrder<>(column, direction)));
                assertThat(test(grid).size()).as(column.getKey() + " " + direction).isPositive();
                // Reading a row runs the page query with the column's sort.
                assertThat(test(grid).getRow(0)).isNotNull();
            }
        }
    }
}
