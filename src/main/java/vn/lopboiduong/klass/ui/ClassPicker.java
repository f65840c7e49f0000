package vn.lopboiduong.klass.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.klass.ClassRow;
import vn.lopboiduong.klass.TrainingClassService;

/**
 * Chooses a class by typing part of its code, name, cohort, units, venue or audience (diacritics ignored), newest
 * years first, paging through the classes the user may read.
 */
public class ClassPicker extends ComboBox<ClassRow> {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("year"), Sort.Order.asc("code"));

    private final TrainingClassService classes;

    public ClassPicker(TrainingClassService classes) {
        this.classes = classes;
        setClearButtonVisible(true);
        setItemLabelGenerator(ClassRow::code);
        setRenderer(LitRenderer.<ClassRow>of("<div><b>${item.code}</b><br><small>${item.name}</small></div>")
                .withProperty("code", ClassRow::code)
                .withProperty("name", ClassRow::nameWithCohort));
        LazyGrids.bindFiltered(this, (text, page) -> classes.list(filter(text),
                        PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST)),
                text -> classes.count(filter(text)));
    }

    private static TrainingClassService.Filter filter(String text) {
        return new TrainingClassService.Filter(text, null, null, null, null);
    }

    /** Shows the class with that id as chosen (none for {@code null}, or if the user may not read it). */
    public void select(@Nullable Long classId) {
        if (classId == null) {
            clear();
            return;
        }
        classes.findRow(classId).ifPresentOrElse(this::setValue, this::clear);
    }

    public @Nullable Long selectedId() {
        return getValue() == null ? null : getValue().id();
    }
}
