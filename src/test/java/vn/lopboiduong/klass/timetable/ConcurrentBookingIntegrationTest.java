package vn.lopboiduong.klass.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
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
import vn.lopboiduong.klass.programme.ClassTopic;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.program.TopicKind;

/**
 * Two committee members book at the same moment, each in a transaction of their own: the timetable never holds
 * a double booking. This test owns June 2029.
 */
@SpringBootTest
class ConcurrentBookingIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    TimetableService timetable;

    @Autowired
    ClassTopicService topics;

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
    void twoBookingsOfOneLecturerAtOnceLeaveExactlyOne() throws Exception {
        signInAsOrganizer();
        LocalDate day = LocalDate.of(2029, 6, 4);
        long nhung = data.lecturerId("le thi hong nhung");
        long first = data.newClass("CC", day, day, null);
        long second = data.newClass("CC", day, day, null);

        List<Object> outcomes = both(classId -> timetable.add(classId, new ClassSession(day, DayPart.MORNING), null,
                nhung).requireId(), first, second);

        assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(BusinessException.class::isInstance).hasSize(1)
                .allSatisfy(refusal -> assertThat(((BusinessException) refusal).getMessageKey())
                        .isEqualTo("timetable.error.lecturer-busy.no-topic"));
        assertThat(timetable.sessions(first).size() + timetable.sessions(second).size()).isEqualTo(1);
    }

    @Test
    void twoBookingsOfOneRoomAtOnceLeaveExactlyOne() throws Exception {
        signInAsOrganizer();
        LocalDate day = LocalDate.of(2029, 6, 5);
        long first = data.newClass("CR", day, day, null);
        long second = data.newClass("CR", day, day, null);

        List<Object> outcomes = both(classId -> {
            var session = new ClassSession(day, DayPart.AFTERNOON);
            session.setRoom("Hội trường đồng thời");
            return timetable.add(classId, session, null, null).requireId();
        }, first, second);

        assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(BusinessException.class::isInstance).hasSize(1);
    }

    @Test
    void aTopicWithSessionsIsNotRemovedAndTheMessageSaysHowMany() {
        signInAsOrganizer();
        LocalDate day = LocalDate.of(2029, 6, 6);
        long classId = data.newClass("CT", day, day, null);
        ClassTopic topic = topics.addTopic(classId, new ClassTopic("Chuyên đề đang dùng", null, TopicKind.LECTURE,
                4), null);
        timetable.add(classId, new ClassSession(day, DayPart.MORNING), topic.requireId(), null);
        timetable.add(classId, new ClassSession(day, DayPart.AFTERNOON), topic.requireId(), null);

        assertThatThrownBy(() -> topics.removeTopic(topic.requireId())).isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    var refusal = (BusinessException) e;
                    assertThat(refusal.getMessageKey()).isEqualTo("topics.error.has-sessions");
                    assertThat(refusal.getArguments()).containsExactly("Chuyên đề đang dùng", 2L);
                });
        assertThat(timetable.sessions(classId)).extracting(SessionRow::topicId).containsOnly(topic.requireId());
    }

    /**
     * Runs the action for both classes at the same moment, each in its own thread and transaction; returns each
     * one's result or the exception that refused it.
     */
    private List<Object> both(LongFunction<Object> action, long first, long second) throws Exception {
        var barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (long classId : new long[] {first, second}) {
                futures.add(pool.submit(() -> {
                    signInAsOrganizer();
                    var template = new TransactionTemplate(transactions);
                    template.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
                    barrier.await(10, TimeUnit.SECONDS);
                    try {
                        return template.execute(status -> action.apply(classId));
                    } catch (RuntimeException refused) {
                        return refused;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
