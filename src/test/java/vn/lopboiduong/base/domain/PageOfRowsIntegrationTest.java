package vn.lopboiduong.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.decision.DecisionService;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.plan.TrainingPlanService;
import vn.lopboiduong.program.ProgramService;
import vn.lopboiduong.unit.UnitService;
import vn.lopboiduong.user.UserService;

/**
 * Every list method reads its page in one query and never counts: the grid asks for the count on its own, so a
 * count here would be a second, wasted one per page. Hibernate's statistics count the queries each call runs.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = {"ADMIN", "ORGANIZER"})
class PageOfRowsIntegrationTest {

    private static final PageRequest PAGE = PageRequest.of(0, 5, Sort.by("code"));

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    UserService users;

    @Autowired
    UnitService units;

    @Autowired
    LecturerService lecturers;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    ProgramService programs;

    @Autowired
    DecisionService decisions;

    @Autowired
    TrainingClassService classes;

    private Statistics statistics;

    @BeforeEach
    void countQueries() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void everyListMethodRunsOneQueryAndNoCount() {
        assertOneQuery(() -> users.list(UserService.Filter.all(), PageRequest.of(0, 5)));
        assertOneQuery(() -> users.lecturerAccounts("", PageRequest.of(0, 5)));
        assertOneQuery(() -> units.search("phu tho", PAGE));
        assertOneQuery(() -> lecturers.list(new LecturerService.Filter(null, null), PageRequest.of(0, 5)));
        assertOneQuery(() -> plans.list(null, PageRequest.of(0, 5)));
        assertOneQuery(() -> programs.list(null, PageRequest.of(0, 5)));
        assertOneQuery(() -> decisions.list(DecisionService.Filter.all(), PageRequest.of(0, 5)));
        assertOneQuery(() -> classes.list(TrainingClassService.Filter.all(), PAGE));
        long planId = plans.list("110-KH/TU", PageRequest.of(0, 1)).getFirst().requireId();
        assertOneQuery(() -> classes.classesOf(planId, PageRequest.of(0, 5)));
    }

    @Test
    void aPageHoldsAtMostItsSizeAndTheNextPageGoesOn() {
        var first = classes.list(TrainingClassService.Filter.all(), PageRequest.of(0, 2, Sort.by("code")));
        var second = classes.list(TrainingClassService.Filter.all(), PageRequest.of(1, 2, Sort.by("code")));
        assertThat(first).hasSize(2);
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
        assertThat(first.getLast().code()).isLessThan(second.getFirst().code());
    }

    private void assertOneQuery(Supplier<List<?>> list) {
        statistics.clear();
        List<?> rows = list.get();
        assertThat(rows).isNotEmpty();
        // One query for the page; a count query would be a second one.
        assertThat(statistics.getQueryExecutionCount()).as(statistics.toString()).isEqualTo(1);
        // Its associations are joined in, not read row by row.
        assertThat(statistics.getEntityFetchCount()).as(statistics.toString()).isZero();
    }
}
