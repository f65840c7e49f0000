package vn.lopboiduong.klass.board;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.lecturer.Lecturer;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.security.Roles;
import vn.lopboiduong.klass.TrainingClassService;

/**
 * A class's management board (Ban Quản lý lớp): trưởng ban, phó trưởng ban, ủy viên and chủ nhiệm lớp. The
 * committee assigns it while the class is not closed or cancelled; a board has at most one head and names a person
 * once. Whoever may read the class may read its board.
 */
@Service
@Validated
@Transactional
public class ClassBoardService {

    private static final Comparator<BoardMember> BOARD_ORDER = Comparator.comparing(BoardMember::getRole)
            .thenComparing(BoardMember::getFullName);

    private final BoardMemberRepository members;
    private final TrainingClassService classes;
    private final LecturerService lecturers;

    ClassBoardService(BoardMemberRepository members, TrainingClassService classes, LecturerService lecturers) {
        this.members = members;
        this.classes = classes;
        this.lecturers = lecturers;
    }

    @PreAuthorize(Roles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<BoardMemberRow> members(long classId) {
        classes.checkReadable(classId);
        return members.findByTrainingClassId(classId).stream().sorted(BOARD_ORDER).map(ClassBoardService::row)
                .toList();
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    @Transactional(readOnly = true)
    public BoardMember get(long memberId) {
        return require(memberId);
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public BoardMember add(long classId, @Valid BoardMember member, @Nullable Long lecturerId) {
        member.setTrainingClass(classes.requireOpen(classId));
        member.setLecturer(lecturer(lecturerId));
        checkRules(classId, member);
        return members.save(member);
    }

    /** Saves an edited member; the version it was read at must be current. */
    @PreAuthorize(Roles.IS_COMMITTEE)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public BoardMember update(@Valid BoardMember edited, @Nullable Long lecturerId) {
        BoardMember stored = require(edited.requireId());
        long classId = stored.getTrainingClass().requireId();
        edited.setTrainingClass(classes.requireOpen(classId));
        edited.setLecturer(lecturer(lecturerId));
        checkRules(classId, edited);
        return members.save(edited);
    }

    @PreAuthorize(Roles.IS_COMMITTEE)
    public void remove(long memberId) {
        BoardMember member = require(memberId);
        classes.requireOpen(member.getTrainingClass().requireId());
        members.delete(member);
    }

    /**
     * The class row is locked first ({@link TrainingClassService#requireOpen}), so two saves of the same board run
     * one after the other and the second sees the first's head.
     */
    private void checkRules(long classId, BoardMember member) {
        long self = member.isNew() ? -1 : member.requireId();
        if (member.getRole() == BoardRole.HEAD
                && members.existsByTrainingClassIdAndRoleAndIdNot(classId, BoardRole.HEAD, self)) {
            throw new BusinessException("board.error.one-head");
        }
        if (members.existsByTrainingClassIdAndFullNameAndIdNot(classId, member.getFullName(), self)) {
            throw new BusinessException("board.error.already-member", member.getFullName());
        }
    }


    private @Nullable Lecturer lecturer(@Nullable Long lecturerId) {
        return lecturerId == null ? null : lecturers.get(lecturerId)
                .orElseThrow(() -> new BusinessException("error.not-found"));
    }

    private BoardMember require(long memberId) {
        return members.findById(memberId).orElseThrow(() -> new BusinessException("error.not-found"));
    }

    private static BoardMemberRow row(BoardMember member) {
        Lecturer lecturer = member.getLecturer();
        return new BoardMemberRow(member.requireId(), member.getRole(), member.getFullName(), member.getPosition(),
                member.getPhone(), lecturer == null ? null : lecturer.getId());
    }
}
