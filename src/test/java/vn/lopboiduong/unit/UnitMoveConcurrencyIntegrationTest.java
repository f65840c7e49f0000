package vn.lopboiduong.unit;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.transaction.support.TransactionTemplate;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.security.SystemAuthentication;

/**
 * Two committee members at once: one moves A under B, the other B under A. Each transaction waits at a latch after
 * its move so that, without a lock, both would commit a cycle.
 */
@SpringBootTest
class UnitMoveConcurrencyIntegrationTest {

    @Autowired
    UnitService units;

    @Autowired
    TransactionTemplate transactions;

    private Unit newUnit() {
        String code = "MV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return units.create(new Unit(code, "Đơn vị thử " + code, UnitKind.PARTY_CELL, null), null);
    }

    @Test
    void twoOppositeMovesAtOnceCannotMakeACycle() throws Exception {
        Unit a = SystemAuthentication.callAsSystem(this::newUnit);
        Unit b = SystemAuthentication.callAsSystem(this::newUnit);

        var bothMoved = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<String> aUnderB = pool.submit(() -> moveInOwnTransaction(a.requireId(), b.requireId(), bothMoved));
        Future<String> bUnderA = pool.submit(() -> moveInOwnTransaction(b.requireId(), a.requireId(), bothMoved));
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(List.of(aUnderB.get(), bUnderA.get())).containsExactlyInAnyOrder("moved", "unit.error.cycle");
        Unit storedA = SystemAuthentication.callAsSystem(() -> units.get(a.requireId()).orElseThrow());
        Unit storedB = SystemAuthentication.callAsSystem(() -> units.get(b.requireId()).orElseThrow());
        boolean aIsUnderB = storedA.getParent() != null && storedA.getParent().getId().equals(b.getId());
        boolean bIsUnderA = storedB.getParent() != null && storedB.getParent().getId().equals(a.getId());
        assertThat(aIsUnderB && bIsUnderA).isFalse();
    }

    /** Moves the unit and holds the transaction open until the other thread got as far, or 2 s passed. */
    private String moveInOwnTransaction(long unitId, long parentId, CountDownLatch bothMoved) {
        return SystemAuthentication.callAsSystem(() -> {
            // Read as the unit dialog does, before the saving transaction starts.
            Unit unit = units.get(unitId).orElseThrow();
            try {
                return transactions.execute(status -> {
                    units.update(unit, parentId);
                    bothMoved.countDown();
                    try {
                        bothMoved.await(2, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "moved";
                });
            } catch (BusinessException e) {
                bothMoved.countDown();
                return e.getMessageKey();
            }
        });
    }
}
