package vn.lopboiduong.lecturer;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface LecturerRepository extends JpaRepository<Lecturer, Long>, JpaSpecificationExecutor<Lecturer> {

    @EntityGraph(attributePaths = {"unit", "user"})
    Optional<Lecturer> findWithLinksById(long id);

    Optional<Lecturer> findByUserUsername(String username);

    /** A page of the list with each row's unit and account joined in, not fetched row by row. */
    @Override
    @EntityGraph(attributePaths = {"unit", "user"})
    org.springframework.data.domain.Page<Lecturer> findAll(
            org.springframework.data.jpa.domain.Specification<Lecturer> spec,
            org.springframework.data.domain.Pageable pageable);

    boolean existsByUserIdAndIdNot(long userId, long id);

    boolean existsByUserId(long userId);
}
