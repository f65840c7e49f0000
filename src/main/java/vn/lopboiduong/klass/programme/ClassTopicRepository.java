package vn.lopboiduong.klass.programme;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClassTopicRepository extends JpaRepository<ClassTopic, Long> {

    @EntityGraph(attributePaths = "lecturer")
    List<ClassTopic> findByTrainingClassIdOrderByPosition(long classId);

    @Query("select coalesce(max(t.position), 0) from ClassTopic t where t.trainingClass.id = :classId")
    int maxPosition(long classId);
}
