package vn.lopboiduong.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.ui.FormDialog;
import vn.lopboiduong.base.ui.RowActions;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.program.Program;
import vn.lopboiduong.program.ProgramService;
import vn.lopboiduong.program.ProgramTopic;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.security.CurrentUser;
import vn.lopboiduong.security.Roles;

/** One programme and its ordered topics: add, edit, remove, move up and down. */
@Route("programs")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.VIEWER})
public class ProgramView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    final Grid<ProgramTopic> grid = new Grid<>();
    final Button addTopic;
    private final ProgramService programs;
    private final boolean committee;
    private @Nullable Program program;

    ProgramView(ProgramService programs) {
        this.programs = programs;
        this.committee = CurrentUser.isCommittee();
        addClassName("class-view");
        addTopic = ViewToolbar.addButton(getTranslation("topics.add"), () -> editTopic(
                new ProgramTopic("", null, TopicKind.LECTURE, 5)));
        addTopic.setVisible(committee);
        TopicColumns.add(grid, ProgramTopic::getPosition, ProgramTopic::getTitle, ProgramTopic::getGroup,
                ProgramTopic::getKind, ProgramTopic::getPeriods);
        if (committee) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        var found = programs.get(id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        program = found.get();
        removeAll();
        add(new H2(program.getName()));
        if (program.getDescription() != null) {
            add(new Paragraph(program.getDescription()));
        }
        add(new ViewToolbar().actions(addTopic), grid);
        refresh();
    }

    private Div actions(ProgramTopic topic) {
        long id = topic.requireId();
        return new Div(
                RowActions.serviceCall(VaadinIcon.ARROW_UP, getTranslation("topics.move-up"), this::refresh,
                        () -> programs.moveTopic(id, -1)),
                RowActions.serviceCall(VaadinIcon.ARROW_DOWN, getTranslation("topics.move-down"), this::refresh,
                        () -> programs.moveTopic(id, 1)),
                RowActions.icon(VaadinIcon.EDIT, getTranslation("action.edit"), () -> editTopic(topic)),
                RowActions.delete(getTranslation("topics.delete.title"),
                        getTranslation("topics.delete.text", topic.getTitle()), this::refresh,
                        () -> programs.removeTopic(id)));
    }

    private void editTopic(ProgramTopic topic) {
        topicDialog(topic).open();
    }

    private FormDialog<ProgramTopic> topicDialog(ProgramTopic topic) {
        long programId = requireProgram().requireId();
        var form = new TopicForm<>(ProgramTopic.class);
        var dialog = new FormDialog<>(getTranslation(topic.isNew() ? "topics.add" : "topics.edit"), form,
                form.binder(), topic, edited -> edited.isNew() ? programs.addTopic(programId, edited)
                        : programs.updateTopic(edited))
                .onSaved(saved -> getTranslation("topics.saved"), saved -> refresh());
        if (!topic.isNew()) {
            long id = topic.requireId();
            dialog.reloadWith(() -> programs.topics(programId).stream()
                    .filter(stored -> stored.requireId() == id).findFirst(), this::topicDialog);
        }
        return dialog;
    }

    private Program requireProgram() {
        if (program == null) {
            throw new IllegalStateException("No programme shown");
        }
        return program;
    }

    void refresh() {
        if (program != null) {
            grid.setItems(programs.topics(program.requireId()));
        }
    }

    @Override
    public String getPageTitle() {
        return program == null ? getTranslation("menu.programs") : program.getName();
    }
}
