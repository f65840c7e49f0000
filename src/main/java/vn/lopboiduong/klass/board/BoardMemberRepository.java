package vn.lopboiduong.klass.board;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardMemberRepository extends JpaRepository<BoardMember, Long> {

    /** A board has a handful of members; they are listed in board order (role, then name) by the service. */
    @EntityGraph(attributePaths = "lecturer")
    List<BoardMember> findByTrainingClassId(long classId);

    boolean existsByTrainingClassIdAndRoleAndIdNot(long classId, BoardRole role, long id);

    boolean existsByTrainingClassIdAndFullNameAndIdNot(long classId, String fullName, long id);
}
