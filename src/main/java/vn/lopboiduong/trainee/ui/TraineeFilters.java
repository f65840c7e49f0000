package vn.lopboiduong.trainee.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.trainee.OptionKind;
import vn.lopboiduong.trainee.TraineeOption;
import vn.lopboiduong.trainee.TraineeService;
import vn.lopboiduong.unit.UnitNode;
import vn.lopboiduong.unit.UnitService;

/** The unit and position filters that lists of trainees share (the registry, a class's roster). */
public final class TraineeFilters {

    private TraineeFilters() {
    }

    /** A unit to filter by (its sub-units included), found by typing; empty means every unit. */
    public static ComboBox<UnitNode> unit(UnitService units, Runnable onChange) {
        var unit = new ComboBox<UnitNode>();
        unit.setPlaceholder(unit.getTranslation("trainees.unit.all"));
        unit.setClearButtonVisible(true);
        unit.setItemLabelGenerator(UnitNode::name);
        LazyGrids.bindFiltered(unit, units::search, units::countSearch);
        unit.addValueChangeListener(change -> onChange.run());
        return unit;
    }

    /** A position to filter by; the empty choice means every position. */
    public static Select<@Nullable TraineeOption> position(TraineeService trainees, Runnable onChange) {
        var position = new Select<@Nullable TraineeOption>();
        String all = position.getTranslation("trainees.position.all");
        position.setItems(trainees.options(OptionKind.POSITION));
        position.setEmptySelectionAllowed(true);
        position.setEmptySelectionCaption(all);
        position.setItemLabelGenerator(value -> value == null ? all : value.getName());
        position.addValueChangeListener(change -> onChange.run());
        return position;
    }

    public static @Nullable Long unitId(ComboBox<UnitNode> unit) {
        return unit.getValue() == null ? null : unit.getValue().id();
    }

    public static @Nullable Long positionId(Select<@Nullable TraineeOption> position) {
        return position.getValue() == null ? null : position.getValue().requireId();
    }
}
