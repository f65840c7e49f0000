package vn.lopboiduong.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.security.SystemAuthentication;

/**
 * Two administrators, each locking the other at the same moment while they are the last two: each transaction
 * waits at a latch after its lock so that, without a database lock, both would commit and leave no administrator.
 */
@SpringBootTest
class UserConcurrencyIntegrationTest {

    @Autowired
    UserService users;

    @Autowired
    UserRepository repository;

    @Autowired
    TransactionTemplate transactions;

    private long newAdmin() {
        String username = "qt" + UUID.randomUUID().toString().substring(0, 8);
        return users.create(new UserAccount(username, "Quản trị thử", EnumSet.of(Role.ADMIN)), "Strong@2025")
                .requireId();
    }

    @Test
    void twoAdministratorsCannotLockEachOtherAtOnceWhenTheyAreTheLastTwo() throws Exception {
        List<Long> others = new ArrayList<>();
        long first = SystemAuthentication.callAsSystem(this::newAdmin);
        long second = SystemAuthentication.callAsSystem(this::newAdmin);
        try {
            SystemAuthentication.runAsSystem(() -> users.list(new UserService.Filter(null, true),
                    PageRequest.of(0, 1000)).stream()
                    .filter(account -> account.roles().contains(Role.ADMIN) && account.id() != first
                            && account.id() != second)
                    .forEach(account -> {
                        others.add(account.id());
                        users.lock(account.id());
                    }));
            assertThat(repository.countActiveWithRole(Role.ADMIN)).isEqualTo(2);

            var bothLocked = new CountDownLatch(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<String> lockSecond = pool.submit(() -> lockInOwnTransaction(second, bothLocked));
            Future<String> lockFirst = pool.submit(() -> lockInOwnTransaction(first, bothLocked));
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            assertThat(List.of(lockSecond.get(), lockFirst.get()))
                    .containsExactlyInAnyOrder("locked", "user.error.last-admin");
            assertThat(repository.countActiveWithRole(Role.ADMIN)).isEqualTo(1);
        } finally {
            SystemAuthentication.runAsSystem(() -> others.forEach(users::unlock));
        }
    }

    /** Locks the account and holds the transaction open until the other thread got as far, or 2 s passed. */
    private String lockInOwnTransaction(long id, CountDownLatch bothLocked) {
        return SystemAuthentication.callAsSystem(() -> {
            try {
                return transactions.execute(status -> {
                    users.lock(id);
                    bothLocked.countDown();
                    try {
                        bothLocked.await(2, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "locked";
                });
            } catch (BusinessException e) {
                bothLocked.countDown();
                return e.getMessageKey();
            }
        });
    }
}
