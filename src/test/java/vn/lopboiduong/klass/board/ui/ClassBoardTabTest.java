package vn.lopboiduong.klass.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.lopboiduong.TestData;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.board.BoardMember;
import vn.lopboiduong.klass.board.BoardRole;
import vn.lopboiduong.klass.board.ClassBoardService;
import vn.lopboiduong.klass.ui.ClassView;

@SpringBootTest
class ClassBoardTabTest extends SpringBrowserlessTest {

    @Autowired
    TrainingClassService classes;

    @Autowired
    ClassBoardService boardService;

    @Autowired
    TestData data;

    private long classId(String code) {
        return classes.list(new TrainingClassService.Filter(code, null, null, null, null), PageRequest.of(0, 1))
                .getFirst().id();
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void theCommitteeAssignsTheManagementBoardOnItsTab() {
        navigate("classes/" + classId("NVCTD-VT-2026-II") + "/board", ClassView.class);
        assertThat(test(find(Tabs.class).single()).isSelected("Ban Quản lý lớp")).isTrue();
        ClassBoardSection board = find(ClassBoardSection.class).single();
        int before = test(board.grid).size();
        assertThat(test(board.grid).getCellText(0, 0)).isEqualTo("Trưởng ban");
        test(board.add).click();
        Dialog dialog = find(Dialog.class).single();
        String name = "Vũ Thị " + UUID.randomUUID().toString().substring(0, 4);
        test(find(TextField.class, dialog).withLabel("Họ và tên").single()).setValue(name);
        test(find(TextField.class, dialog).withLabel("Chức vụ, đơn vị công tác").single())
                .setValue("Chuyên viên Phòng Quản lý đào tạo");
        test(find(Button.class, dialog).withText("Lưu").single()).click();
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(test(board.grid).size()).isEqualTo(before + 1);
        assertThat(board.grid.getListDataView().getItems().map(row -> row.fullName())).contains(name);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void leadersReadTheBoardWithoutChangingIt() {
        navigate("classes/" + classId("PBT-HN-2023-01"), ClassView.class);
        test(find(Tabs.class).single()).select("Ban Quản lý lớp");
        ClassBoardSection board = find(ClassBoardSection.class).single();
        assertThat(test(board.grid).size()).isEqualTo(4);
        assertThat(board.add.isAttached()).isFalse();
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void aMemberEditedMeanwhileReopensWithTheStoredMemberAndTheTypedPhone() {
        long classId = data.newClass("BR", LocalDate.of(2029, 11, 5), LocalDate.of(2029, 11, 6), null);
        long memberId = boardService.add(classId, new BoardMember(BoardRole.MEMBER, "Lê Văn Bảng"), null)
                .requireId();
        navigate("classes/" + classId + "/board", ClassView.class);
        ClassBoardSection board = find(ClassBoardSection.class).single();
        test(rowButton(board, "Sửa")).click();
        Dialog stale = find(Dialog.class).single();
        test(find(TextField.class, stale).withLabel("Điện thoại").single()).setValue("0912 345 678");

        BoardMember theirs = boardService.get(memberId);
        theirs.setPosition("Phó Trưởng phòng Quản lý đào tạo");
        boardService.update(theirs, null);

        test(find(Button.class, stale).withText("Lưu").single()).click();
        Dialog reopened = find(Dialog.class).single();
        assertThat(reopened).isNotSameAs(stale);
        assertThat(find(TextField.class, reopened).withLabel("Điện thoại").single().getValue())
                .isEqualTo("0912 345 678");
        assertThat(find(TextField.class, reopened).withLabel("Chức vụ, đơn vị công tác").single().getValue())
                .isEqualTo("Phó Trưởng phòng Quản lý đào tạo");
        test(find(Button.class, reopened).withText("Lưu").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        BoardMember stored = boardService.get(memberId);
        assertThat(stored.getPhone()).isEqualTo("0912 345 678");
        assertThat(stored.getPosition()).isEqualTo("Phó Trưởng phòng Quản lý đào tạo");
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void removingAMemberAsksFirst() {
        long classId = data.newClass("BD", LocalDate.of(2029, 11, 7), LocalDate.of(2029, 11, 8), null);
        boardService.add(classId, new BoardMember(BoardRole.MEMBER, "Đỗ Thị Rời"), null);
        navigate("classes/" + classId + "/board", ClassView.class);
        ClassBoardSection board = find(ClassBoardSection.class).single();
        test(rowButton(board, "Xóa")).click();
        ConfirmDialog question = find(ConfirmDialog.class).single();
        assertThat(test(question).getText()).contains("Đỗ Thị Rời");
        test(question).cancel();
        assertThat(boardService.members(classId)).hasSize(1);
        test(rowButton(board, "Xóa")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(boardService.members(classId)).isEmpty();
        assertThat(test(board.grid).size()).isZero();
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void editingAMemberSomeoneRemovedSaysSoInsteadOfFailing() {
        long classId = data.newClass("BV", LocalDate.of(2029, 11, 9), LocalDate.of(2029, 11, 10), null);
        long memberId = boardService.add(classId, new BoardMember(BoardRole.MEMBER, "Phan Văn Vắng"), null)
                .requireId();
        navigate("classes/" + classId + "/board", ClassView.class);
        ClassBoardSection board = find(ClassBoardSection.class).single();
        boardService.remove(memberId);

        test(rowButton(board, "Sửa")).click();
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Không tìm thấy bản ghi (có thể đã bị xóa).");
    }

    private Button rowButton(ClassBoardSection board, String label) {
        var actions = test(board.grid).getCellComponent(0, board.grid.getColumns().size() - 1);
        return find(Button.class, actions).all().stream()
                .filter(button -> label.equals(button.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
    }
}
