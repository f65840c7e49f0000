package vn.lopboiduong.klass.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.ui.Confirmations;
import vn.lopboiduong.base.ui.FormDialog;
import vn.lopboiduong.base.ui.LazyGrids;
import vn.lopboiduong.base.ui.Notifications;
import vn.lopboiduong.base.ui.RowActions;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.klass.programme.ApplyMode;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.klass.programme.ClassTopic;
import vn.lopboiduong.klass.programme.ClassTopicRow;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.lecturer.ui.LecturerPicker;
import vn.lopboiduong.program.Program;
import vn.lopboiduong.program.ProgramService;
import vn.lopboiduong.program.ui.TopicColumns;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.program.ui.TopicForm;

/** The class's own programme: topics with their lecturers, applied from a programme and adjusted by hand. */
class ClassProgrammeTab extends Div {

    final Grid<ClassTopicRow> grid = new Grid<>();
    final ComboBox<Program> program = new ComboBox<>();
    final Button apply = new Button();
    final Button addTopic;
    final Span totals = new Span();

    private final long classId;
    private final ClassTopicService programme;
    private final LecturerService lecturers;

    ClassProgrammeTab(long classId, boolean editable, ClassTopicService programme, ProgramService programs,
            LecturerService lecturers) {
        this.classId = classId;
        this.programme = programme;
        this.lecturers = lecturers;
        addClassName("class-programme");

        program.setPlaceholder(getTranslation("classes.programme.choose"));
        program.setItemLabelGenerator(Program::getName);
        program.setWidth("28em");
        apply.setText(getTranslation("classes.programme.apply"));
        apply.addClickListener(click -> {
            Program chosen = program.getValue();
            if (chosen == null) {
                return;
            }
            int existing = grid.getListDataView().getItemCount();
            if (existing == 0) {
                apply(chosen, ApplyMode.APPEND);
            } else {
                // Applying twice used to double the programme silently: the user says which they mean.
                Confirmations.choose(getTranslation("classes.programme.apply.title"),
                        getTranslation("classes.programme.apply.text", existing, chosen.getName()),
                        getTranslation("classes.programme.apply.replace"), () -> apply(chosen, ApplyMode.REPLACE),
                        getTranslation("classes.programme.apply.append"), () -> apply(chosen, ApplyMode.APPEND));
            }
        });
        addTopic = ViewToolbar.addButton(getTranslation("topics.add"),
                () -> topicDialog(new ClassTopic("", null, TopicKind.LECTURE, 5), null).open());
        if (editable) {
            LazyGrids.bindFiltered(program, programs::list, programs::count);
            add(new ViewToolbar().filters(program, apply).actions(addTopic));
        }

        TopicColumns.add(grid, ClassTopicRow::position, ClassTopicRow::title, ClassTopicRow::group,
                ClassTopicRow::kind, ClassTopicRow::periods);
        grid.addColumn(row -> row.lecturerName() == null ? "" : row.lecturerName())
                .setHeader(getTranslation("topics.lecturer")).setFlexGrow(2);
        if (editable) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        add(grid, totals);
        refresh();
    }

    private Div actions(ClassTopicRow row) {
        return new Div(
                RowActions.serviceCall(VaadinIcon.ARROW_UP, getTranslation("topics.move-up"), this::refresh,
                        () -> programme.moveTopic(row.id(), -1)),
                RowActions.serviceCall(VaadinIcon.ARROW_DOWN, getTranslation("topics.move-down"), this::refresh,
                        () -> programme.moveTopic(row.id(), 1)),
                RowActions.icon(VaadinIcon.EDIT, getTranslation("action.edit"),
                        // The reads that build the dialog (the topic, its lecturer) are the click's reads.
                        () -> ServiceCalls.find(() -> Optional.of(topicDialog(programme.getTopic(row.id()),
                                row.lecturerId()))).ifPresent(FormDialog::open)),
                RowActions.delete(getTranslation("topics.remove.title"),
                        getTranslation("topics.remove.text", row.title()), this::refresh,
                        () -> programme.removeTopic(row.id())));
    }

    private void apply(Program chosen, ApplyMode mode) {
        ServiceCalls.call(() -> programme.applyProgram(classId, chosen.requireId(), mode)).ifPresent(count -> {
            Notifications.success(getTranslation("classes.programme.applied", count, chosen.getName()));
            refresh();
        });
    }


    private FormDialog<ClassTopic> topicDialog(ClassTopic topic, @Nullable Long lecturerId) {
        var form = new TopicForm<>(ClassTopic.class);
        var lecturer = new LecturerPicker(getTranslation("topics.lecturer"), lecturers);
        lecturer.select(lecturerId);
        form.add(lecturer, 2);
        var dialog = new FormDialog<>(getTranslation(topic.isNew() ? "topics.add" : "topics.edit"), form,
                form.binder(), topic, edited -> edited.isNew()
                        ? programme.addTopic(classId, edited, lecturer.selectedId())
                        : programme.updateTopic(edited, lecturer.selectedId()))
                .onSaved(saved -> getTranslation("topics.saved"), saved -> refresh());
        if (!topic.isNew()) {
            long id = topic.requireId();
            // The lecturer is read from the topic's row: the entity's lecturer is a lazy reference.
            dialog.reloadWith(() -> Optional.of(programme.getTopic(id)), fresh -> topicDialog(fresh,
                    programme.topics(classId).stream().filter(row -> row.id() == id).findFirst()
                            .map(ClassTopicRow::lecturerId).orElse(null)));
        }
        return dialog;
    }

    void refresh() {
        var rows = programme.topics(classId);
        grid.setItems(rows);
        long lectures = rows.stream().filter(r -> r.kind() == TopicKind.LECTURE).count();
        long discussions = rows.stream().filter(r -> r.kind() == TopicKind.DISCUSSION).count();
        int periods = rows.stream().mapToInt(ClassTopicRow::periods).sum();
        totals.setText(getTranslation("classes.programme.totals", lectures, discussions, periods));
    }
}
