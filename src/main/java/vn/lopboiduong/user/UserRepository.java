package vn.lopboiduong.user;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import vn.lopboiduong.security.Role;

interface UserRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select count(u) from UserAccount u join u.roles r where u.active = true and r = :role")
    long countActiveWithRole(Role role);

    /**
     * The active holders of a role, their rows locked until the transaction ends (in id order, so two callers
     * cannot deadlock): two administrators taking the role away at once then count one after the other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u.id from UserAccount u join u.roles r where u.active = true and r = :role order by u.id")
    List<Long> lockActiveWithRole(Role role);
}
