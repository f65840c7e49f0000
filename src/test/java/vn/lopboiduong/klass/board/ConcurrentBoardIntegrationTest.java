package vn.lopboiduong.klass.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lopboiduong.TestData;
import vn.lopboiduong.base.domain.BusinessException;

/** Two committee members name a head of the same board at the same moment: the board ends with one head. */
@SpringBootTest
class ConcurrentBoardIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ClassBoardService board;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signInAsOrganizer() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("organizer", null,
                "ROLE_ORGANIZER"));
    }

    @Test
    void twoHeadsNamedAtOnceLeaveExactlyOne() throws Exception {
        signInAsOrganizer();
        long classId = data.newClass("BH", LocalDate.of(2029, 7, 2), LocalDate.of(2029, 7, 3), null);
        var barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Object> outcomes = new ArrayList<>();
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (String name : List.of("Nguyễn Văn Một", "Trần Thị Hai")) {
                futures.add(pool.submit(() -> {
                    signInAsOrganizer();
                    var template = new TransactionTemplate(transactions);
                    template.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
                    barrier.await(10, TimeUnit.SECONDS);
                    try {
                        return template.execute(status ->
                                board.add(classId, new BoardMember(BoardRole.HEAD, name), null).requireId());
                    } catch (RuntimeException refused) {
                        return refused;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(BusinessException.class::isInstance).hasSize(1)
                .allSatisfy(refusal -> assertThat(((BusinessException) refusal).getMessageKey())
                        .isEqualTo("board.error.one-head"));
        assertThat(board.members(classId)).filteredOn(member -> member.role() == BoardRole.HEAD).hasSize(1);
    }
}
