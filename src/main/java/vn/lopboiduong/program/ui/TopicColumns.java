package vn.lopboiduong.program.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.program.TopicKind;

/** The columns every list of topics shows, a programme's or a class's: position, title, group, kind, periods. */
public final class TopicColumns {

    private TopicColumns() {
    }

    public static <T> void add(Grid<T> grid, Function<T, Integer> position, Function<T, String> title,
            Function<T, @Nullable String> group, Function<T, TopicKind> kind, Function<T, Integer> periods) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(position::apply).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(title::apply).setHeader(grid.getTranslation("topics.title")).setFlexGrow(4);
        grid.addColumn(row -> {
            String value = group.apply(row);
            return value == null ? "" : value;
        }).setHeader(grid.getTranslation("topics.group")).setFlexGrow(2);
        grid.addColumn(row -> grid.getTranslation(kind.apply(row).translationKey()))
                .setComparator(kind::apply) // the kinds' own order, not their labels' alphabet
                .setHeader(grid.getTranslation("topics.kind")).setAutoWidth(true);
        grid.addColumn(periods::apply).setHeader(grid.getTranslation("topics.periods")).setAutoWidth(true);
    }
}
