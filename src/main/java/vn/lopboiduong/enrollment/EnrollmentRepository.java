package vn.lopboiduong.enrollment;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    boolean existsByTrainingClassIdAndTraineeId(long classId, long traineeId);
}
