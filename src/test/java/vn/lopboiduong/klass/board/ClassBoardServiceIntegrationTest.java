package vn.lopboiduong.klass.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.lopboiduong.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.ClassStatus;

@SpringBootTest
@WithMockUser(username = "organizer", roles = "ORGANIZER")
class ClassBoardServiceIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ClassBoardService board;

    @Autowired
    TrainingClassService classes;

    @Test
    void theDemoBoardsAreListedHeadFirst() {
        var hanoi = board.members(data.classId("PBT-HN-2023-01"));
        assertThat(hanoi).extracting(BoardMemberRow::role).containsExactly(BoardRole.HEAD, BoardRole.DEPUTY,
                BoardRole.MEMBER, BoardRole.FORM_TEACHER);
        assertThat(hanoi.getFirst().fullName()).endsWith("Đinh Quang Vinh");
        assertThat(hanoi.getFirst().lecturerId()).isNotNull();
        assertThat(board.members(data.classId("NVCTD-VT-2025-I"))).extracting(BoardMemberRow::fullName)
                .anyMatch(name -> name.endsWith("Nguyễn Trọng Khiêm"));
    }

    @Test
    void aBoardHasOneHeadAndNamesAPersonOnce() {
        long classId = data.newClass("B", LocalDate.of(2029, 2, 1), LocalDate.of(2029, 2, 3), null);
        board.add(classId, new BoardMember(BoardRole.HEAD, "Nguyễn Văn An"), null);
        assertThatThrownBy(() -> board.add(classId, new BoardMember(BoardRole.HEAD, "Trần Văn Bình"), null))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("board.error.one-head");
        assertThatThrownBy(() -> board.add(classId, new BoardMember(BoardRole.MEMBER, "Nguyễn Văn An"), null))
                .isInstanceOf(BusinessException.class).extracting("messageKey")
                .isEqualTo("board.error.already-member");
        var deputy = board.add(classId, new BoardMember(BoardRole.DEPUTY, "Trần Văn Bình"), null);
        // Promoting the deputy while there is a head is the same broken rule.
        BoardMember edited = board.get(deputy.requireId());
        edited.setRole(BoardRole.HEAD);
        assertThatThrownBy(() -> board.update(edited, null)).isInstanceOf(BusinessException.class);
        assertThat(board.members(classId)).extracting(BoardMemberRow::role)
                .containsExactly(BoardRole.HEAD, BoardRole.DEPUTY);
    }

    @Test
    void aStaleEditIsRefusedAndAClosedClassKeepsItsBoard() {
        long classId = data.newClass("B", LocalDate.of(2029, 2, 1), LocalDate.of(2029, 2, 3), null);
        var member = board.add(classId, new BoardMember(BoardRole.FORM_TEACHER, "Lê Thị Cúc"), null);
        BoardMember first = board.get(member.requireId());
        BoardMember second = board.get(member.requireId());
        first.setPhone("0912 000 111");
        board.update(first, null);
        second.setPosition("Chuyên viên");
        assertThatThrownBy(() -> board.update(second, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(board.members(classId).getFirst().phone()).isEqualTo("0912 000 111");

        classes.changeStatus(classId, classes.get(classId).orElseThrow().getVersion(), ClassStatus.CANCELLED);
        assertThatThrownBy(() -> board.add(classId, new BoardMember(BoardRole.MEMBER, "Phạm Văn Dũng"), null))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("class.error.closed");
        assertThatThrownBy(() -> board.remove(member.requireId())).isInstanceOf(BusinessException.class);
        assertThat(board.members(classId)).hasSize(1);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void leadersReadTheBoardButCannotChangeIt() {
        long classId = data.classId("NVCTD-VT-2026-II");
        assertThat(board.members(classId)).isNotEmpty();
        assertThatThrownBy(() -> board.add(classId, new BoardMember(BoardRole.MEMBER, "Ai đó"), null))
                .isInstanceOf(AccessDeniedException.class);
        long memberId = board.members(classId).getFirst().id();
        assertThatThrownBy(() -> board.remove(memberId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerReadsOnlyTheBoardsOfClassesTheyTeach() {
        long taught = data.classId("NVCTD-VT-2025-I");
        assertThat(board.members(taught)).isNotEmpty();
        assertThatThrownBy(() -> board.add(taught, new BoardMember(BoardRole.MEMBER, "Ai đó"), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLecturerIsRefusedTheBoardOfAClassTheyDoNotTeach() {
        long notTaught = data.newClass("B", LocalDate.of(2029, 2, 1), LocalDate.of(2029, 2, 3), null);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("lecturer", null,
                        "ROLE_LECTURER"));
        assertThatThrownBy(() -> board.members(notTaught)).isInstanceOf(AccessDeniedException.class);
    }
}
