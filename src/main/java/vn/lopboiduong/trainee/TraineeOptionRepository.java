package vn.lopboiduong.trainee;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TraineeOptionRepository extends JpaRepository<TraineeOption, Long> {

    List<TraineeOption> findByKindOrderByPosition(OptionKind kind);
}
