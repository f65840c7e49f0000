package vn.lopboiduong.decision;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionFileRepository extends JpaRepository<DecisionFile, Long> {
}
