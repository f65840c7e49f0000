package vn.lopboiduong.klass.board.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import vn.lopboiduong.base.ui.Confirmations;
import vn.lopboiduong.base.ui.FormDialog;
import vn.lopboiduong.base.ui.Notifications;
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
    final com.vaadin.flow.component.button.Button add;

    private final long classId;
    private final ClassBoardService board;
    private final LecturerService lecturers;

    ClassBoardSection(long classId, boolean editable, ClassBoardService board, LecturerService lecturers) {
        this.classId = classId;
        this.board = board;
        this.lecturers = lecturers;
        addClassName("class-board");

        add = ViewToolbar.addButton(getTranslation("board.add"), () -> edit(new BoardMember(BoardRole.MEMBER, ""),
                null));
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
                        () -> edit(board.get(row.id()), row.lecturerId())),
                RowActions.icon(VaadinIcon.TRASH, getTranslation("action.delete"), () -> Confirmations.delete(
                        getTranslation("board.remove.title"), getTranslation("board.remove.text", row.fullName()),
                        () -> {
                            if (ServiceCalls.run(() -> board.remove(row.id()), this::refresh)) {
                                refresh();
                            }
                        })));
    }

    private void edit(BoardMember member, @Nullable Long lecturerId) {
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
        binder.readBean(member);
        lecturer.select(lecturerId);

        var form = new FormLayout();
        form.add(role, lecturer);
        form.add(fullName, 2);
        form.add(position, 2);
        form.add(phone);
        new FormDialog(getTranslation(member.isNew() ? "board.add" : "board.edit"), form, () -> {
            if (!binder.writeBeanIfValid(member)) {
                return false;
            }
            Long chosenLecturer = lecturer.selectedId();
            boolean saved = ServiceCalls.run(() -> {
                if (member.isNew()) {
                    board.add(classId, member, chosenLecturer);
                } else {
                    board.update(member, chosenLecturer);
                }
            }, this::refresh);
            if (saved) {
                Notifications.success(getTranslation("board.saved", member.getFullName()));
                refresh();
            }
            return saved;
        }).open();
    }

    void refresh() {
        grid.setItems(board.members(classId));
    }
}
