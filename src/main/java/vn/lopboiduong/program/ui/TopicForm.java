package vn.lopboiduong.program.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import vn.lopboiduong.base.ui.FormDialog;
import vn.lopboiduong.program.TopicContent;
import vn.lopboiduong.program.TopicKind;

/**
 * The fields of a topic (title, group, kind, periods, objectives and main contents), shared by programme items and
 * class topics.
 */
public class TopicForm<T extends TopicContent> extends FormLayout {

    final TextField title = new TextField();
    final TextField group = new TextField();
    final Select<TopicKind> kind = new Select<>();
    final IntegerField periods = new IntegerField();
    final TextArea objectives = new TextArea();
    final TextArea mainContent = new TextArea();

    private final BeanValidationBinder<T> binder;

    public TopicForm(Class<T> type) {
        binder = FormDialog.binder(type);
        title.setLabel(getTranslation("topics.title"));
        group.setLabel(getTranslation("topics.group"));
        kind.setLabel(getTranslation("topics.kind"));
        kind.setItems(TopicKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        periods.setLabel(getTranslation("topics.periods"));
        periods.setStepButtonsVisible(true);
        objectives.setLabel(getTranslation("topics.objectives"));
        objectives.setMaxLength(TopicContent.CONTENT_MAX);
        mainContent.setLabel(getTranslation("topics.main-content"));
        mainContent.setHelperText(getTranslation("topics.main-content.help"));
        mainContent.setMaxLength(TopicContent.CONTENT_MAX);
        binder.forField(title).bind("title");
        binder.forField(group).withNullRepresentation("").bind("group");
        binder.forField(kind).bind("kind");
        binder.forField(periods).asRequired(getTranslation("validation.required")).bind("periods");
        add(title, 2);
        add(group, 2);
        add(kind, periods);
        binder.forField(objectives).withNullRepresentation("").bind("objectives");
        binder.forField(mainContent).withNullRepresentation("").bind("mainContent");
        add(objectives, 2);
        add(mainContent, 2);
    }

    /** The binder behind the fields, for a {@code FormDialog} that edits a topic. */
    public BeanValidationBinder<T> binder() {
        return binder;
    }

    public void read(T topic) {
        binder.readBean(topic);
    }

    public boolean writeIfValid(T topic) {
        return binder.writeBeanIfValid(topic);
    }
}
