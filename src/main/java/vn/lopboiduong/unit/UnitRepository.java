package vn.lopboiduong.unit;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, Long>, JpaSpecificationExecutor<Unit> {

    String NODE = "select new vn.lopboiduong.unit.UnitNode(u.id, u.code, u.name, u.kind, p.id, p.name, "
            + "(select count(c) from Unit c where c.parent = u)) from Unit u left join u.parent p ";

    @Query(NODE + "where (:parentId is null and p is null) or p.id = :parentId")
    List<UnitNode> findChildren(@Nullable Long parentId, Pageable pageable);

    @Query("select count(u) from Unit u where (:parentId is null and u.parent is null) or u.parent.id = :parentId")
    long countChildren(@Nullable Long parentId);

    @Query(NODE + "where u.searchKey like :pattern escape '\\'")
    List<UnitNode> search(String pattern, Pageable pageable);

    @Query("select count(u) from Unit u where u.searchKey like :pattern escape '\\'")
    long countSearch(String pattern);

    boolean existsByCode(String code);

    Optional<Unit> findByCode(String code);

    /** Rewrites the start of the tree path of a unit and all below it, after a move or a new code. */
    @Modifying
    @Query("update Unit u set u.treePath = concat(:newPath, substring(u.treePath, :oldLength + 1)) "
            + "where locate(:oldPath, u.treePath) = 1")
    int moveTreePaths(String oldPath, int oldLength, String newPath);

    @Query("select u.treePath from Unit u where u.id = :id")
    String findTreePath(long id);
    /** Waits for, then holds until commit, the one lock that all edits of the tree take turns at. */
    @Query(value = "select name from app_lock where name = 'unit-tree' for update", nativeQuery = true)
    String lockTree();

    @Query("select u.parent.id from Unit u where u.id = :id")
    @Nullable Long findParentId(long id);
}
