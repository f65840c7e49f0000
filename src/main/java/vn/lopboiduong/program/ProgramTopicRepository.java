package vn.lopboiduong.program;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgramTopicRepository extends JpaRepository<ProgramTopic, Long> {

    List<ProgramTopic> findByProgramIdOrderByPosition(long programId);

    @Query("select coalesce(max(t.position), 0) from ProgramTopic t where t.program.id = :programId")
    int maxPosition(long programId);
}
