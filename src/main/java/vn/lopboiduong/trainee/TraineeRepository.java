package vn.lopboiduong.trainee;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TraineeRepository extends JpaRepository<Trainee, Long>, JpaSpecificationExecutor<Trainee> {

    @EntityGraph(attributePaths = {"position", "partyUnit", "theoryLevel", "educationLevel"})
    Optional<Trainee> findWithLinksById(long id);
}
