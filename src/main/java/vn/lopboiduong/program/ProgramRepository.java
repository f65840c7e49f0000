package vn.lopboiduong.program;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProgramRepository extends JpaRepository<Program, Long>, JpaSpecificationExecutor<Program> {
}
