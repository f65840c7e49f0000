package vn.lopboiduong.klass.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.ui.FormDialog;
import vn.lopboiduong.base.ui.RowActions;
import vn.lopboiduong.base.ui.ServiceCalls;
import vn.lopboiduong.base.ui.ViewToolbar;
import vn.lopboiduong.klass.board.BoardMember;
import vn.lopboiduong.klass.board.BoardMemberRow;
import vn.lopboiduong.klass.board.BoardRole;
import vn.lopboiduong.klass.board.ClassBoardService;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.lecturer.ui.LecturerPicker;

/** The class's management board (Ban Quản lý lớp) on its overview: who heads it, who follows the class day to day. */
class ClassBoardSection extends Div {

    final Grid<BoardMemberRow> grid = new Grid<>();
    final Button add;

    private final long classId;
    private final ClassBoardService board;
    private final LecturerService lecturers;

    ClassBoardSection(long classId, boolean editable, ClassBoardService board, LecturerService lecturers) {
        this.classId = classId;
        this.board = board;
        this.lecturers = lecturers;
        addClassName("class-board");

        add = ViewToolbar.addButton(getTranslation("board.add"),
                () -> memberDialog(new BoardMember(BoardRole.MEMBER, ""), null).open());
        var heading = new H3(getTranslation("board.title"));
        add(editable ? new ViewToolbar().filters(heading).actions(add) : heading);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> getTranslation(row.role().translationKey())).setHeader(getTranslation("board.role"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(BoardMemberRow::fullName).setHeader(getTranslation("board.full-name")).setFlexGrow(2);
        grid.addColumn(row -> row.position() == null ? "" : row.position())
                .setHeader(getTranslation("board.position")).setFlexGrow(3);
        grid.addColumn(row -> row.phone() == null ? "" : row.phone()).setHeader(getTranslation("board.phone"))
                .setAutoWidth(true).setFlexGrow(0);
        if (editable) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("board.empty"));
        add(grid);
        refresh();
    }

    private Div actions(BoardMemberRow row) {
        return new Div(
                RowActions.icon(VaadinIcon.EDIT, getTranslation("action.edit"),
                        // The reads that build the dialog (the member, its lecturer) are the click's reads.
                        () -> ServiceCalls.find(() -> Optional.of(memberDialog(board.get(row.id()),
                                row.lecturerId()))).ifPresent(FormDialog::open)),
                RowActions.delete(getTranslation("board.remove.title"),
                        getTranslation("board.remove.text", row.fullName()), this::refresh,
                        () -> board.remove(row.id())));
    }

    private FormDialog<BoardMember> memberDialog(BoardMember member, @Nullable Long lecturerId) {
        var role = new Select<BoardRole>();
        role.setLabel(getTranslation("board.role"));
        role.setItems(BoardRole.values());
        role.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        var lecturer = new LecturerPicker(getTranslation("board.lecturer"), lecturers);
        lecturer.setHelperText(getTranslation("board.lecturer.help"));
        var fullName = new TextField(getTranslation("board.full-name"));
        var position = new TextField(getTranslation("board.position"));
        position.setPlaceholder(getTranslation("board.position.placeholder"));
        var phone = new TextField(getTranslation("board.phone"));
        lecturer.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                // Most board members are school staff already in the registry: fill in what it knows.
                fullName.setValue(change.getValue().displayName());
                if (change.getValue().position() != null) {
                    position.setValue(change.getValue().position());
                }
                if (change.getValue().phone() != null) {
                    phone.setValue(change.getValue().phone());
                }
            }
        });

        var binder = FormDialog.binder(BoardMember.class);
        binder.forField(role).bind("role");
        binder.forField(fullName).bind("fullName");
        binder.forField(position).withNullRepresentation("").bind("position");
        binder.forField(phone).withNullRepresentation("").bind("phone");
        lecturer.select(lecturerId);

        var form = new FormLayout();
        form.add(role, lecturer);
        form.add(fullName, 2);
        form.add(position, 2);
        form.add(phone);
        var dialog = new FormDialog<>(getTranslation(member.isNew() ? "board.add" : "board.edit"), form, binder,
                member, edited -> edited.isNew() ? board.add(classId, edited, lecturer.selectedId())
                        : board.update(edited, lecturer.selectedId()))
                .onSaved(saved -> getTranslation("board.saved", saved.getFullName()), saved -> refresh());
        if (!member.isNew()) {
            long id = member.requireId();
            // The lecturer is read from the member's row: the entity's lecturer is a lazy reference.
            dialog.reloadWith(() -> Optional.of(board.get(id)), fresh -> memberDialog(fresh,
                    board.members(classId).stream().filter(item -> item.id() == id).findFirst()
                            .map(BoardMemberRow::lecturerId).orElse(null)));
        }
        return dialog;
    }

    void refresh() {
        grid.setItems(board.members(classId));
    }
}
