package vn.lopboiduong.lecturer;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface LecturerRepository extends JpaRepository<Lecturer, Long>, JpaSpecificationExecutor<Lecturer> {

    @EntityGraph(attributePaths = {"unit", "user"})
    Optional<Lecturer> findWithLinksById(long id);

    Optional<Lecturer> findByUserUsername(String username);

    boolean existsByUserIdAndIdNot(long userId, long id);

    boolean existsByUserId(long userId);
}
