package vn.lopboiduong.lecturer.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.lecturer.LecturerRow;
import vn.lopboiduong.lecturer.LecturerService;

/** Chooses a lecturer by typing part of their name (diacritics ignored), paging through the registry. */
public class LecturerPicker extends ComboBox<LecturerRow> {

    private final LecturerService lecturers;

    public LecturerPicker(String label, LecturerService lecturers) {
        super(label);
        this.lecturers = lecturers;
        setClearButtonVisible(true);
        setItemLabelGenerator(LecturerRow::displayName);
        LazyGrids.bindFiltered(this, (text, page) -> lecturers.list(new LecturerService.Filter(text, null), page),
                text -> lecturers.count(new LecturerService.Filter(text, null)));
    }

    /** Shows the lecturer with that id as chosen (none for {@code null}). */
    public void select(@Nullable Long lecturerId) {
        if (lecturerId == null) {
            clear();
            return;
        }
        lecturers.get(lecturerId).ifPresent(lecturer -> setValue(new LecturerRow(lecturerId,
                lecturer.getDisplayName(), lecturer.getKind(), null, null, null, null, null)));
    }

    public @Nullable Long selectedId() {
        return getValue() == null ? null : getValue().id();
    }
}
