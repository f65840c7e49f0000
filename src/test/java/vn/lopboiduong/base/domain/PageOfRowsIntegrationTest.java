package vn.lopboiduong.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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
import org.springframework.transaction.annotation.Transactional;
import vn.lopboiduong.decision.DecisionRow;
import vn.lopboiduong.decision.DecisionService;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.lecturer.LecturerRow;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.plan.PlanRow;
import vn.lopboiduong.plan.TrainingPlan;
import vn.lopboiduong.plan.TrainingPlanService;
import vn.lopboiduong.program.ProgramRow;
import vn.lopboiduong.program.ProgramService;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.unit.UnitService;
import vn.lopboiduong.user.UserRow;
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
        assertOneQuery(() -> plans.rows(null, PageRequest.of(0, 5)));
        assertOneQuery(() -> programs.list(null, PageRequest.of(0, 5)));
        assertOneQuery(() -> programs.rows(null, PageRequest.of(0, 5)));
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

    @Test
    void theListsRowsAreBuiltByTheQueryNotLoadedAsEntities() {
        assertRowsOnly(() -> users.list(UserService.Filter.all(), PageRequest.of(0, 5)));
        assertRowsOnly(() -> users.lecturerAccounts("", PageRequest.of(0, 5)));
        assertRowsOnly(() -> plans.rows(null, PageRequest.of(0, 5)));
        assertRowsOnly(() -> programs.rows(null, PageRequest.of(0, 5)));
        assertRowsOnly(() -> decisions.list(DecisionService.Filter.all(), PageRequest.of(0, 5)));
        assertRowsOnly(() -> classes.list(TrainingClassService.Filter.all(), PAGE));
        assertRowsOnly(() -> lecturers.list(new LecturerService.Filter(null, null), PageRequest.of(0, 5)));
        assertRowsOnly(() -> classes.list(new TrainingClassService.Filter("viet tri", null, null, null, null), PAGE));
    }

    @Test
    @Transactional // rolls back the second plan it needs: the demo data has one
    void theGridsSortPropertiesSortTheRows() {
        plans.create(new TrainingPlan("KH-SORT-" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(2031, 1, 5), "Tỉnh ủy Phú Thọ"));
        // Text sorts by the database's collation, not Java's order: descending must be ascending reversed.
        assertSortsBy("username", sort -> users.list(UserService.Filter.all(), PageRequest.of(0, ALL, sort)),
                UserRow::username);
        assertSortsBy("fullName", sort -> users.list(UserService.Filter.all(), PageRequest.of(0, ALL, sort)),
                UserRow::fullName);
        assertSortsBy("number", sort -> plans.rows(null, PageRequest.of(0, ALL, sort)), PlanRow::number);
        assertSortsBy("name", sort -> programs.rows(null, PageRequest.of(0, ALL, sort)), ProgramRow::name);
        assertSortsBy("number", sort -> decisions.list(DecisionService.Filter.all(), PageRequest.of(0, ALL, sort)),
                DecisionRow::number);
        assertSortsBy("fullName", sort -> lecturers.list(new LecturerService.Filter(null, null),
                PageRequest.of(0, ALL, sort)), LecturerRow::displayName);
        assertThat(decisions.list(DecisionService.Filter.all(), PageRequest.of(0, 50, Sort.by("kindOrder"))))
                .extracting(row -> row.kind().ordinal()).isSorted();
        assertThat(classes.list(TrainingClassService.Filter.all(), PageRequest.of(0, 50, Sort.by("statusOrder"))))
                .extracting(row -> row.status().ordinal()).isSorted();
        assertThat(lecturers.list(new LecturerService.Filter(null, null), PageRequest.of(0, 50, Sort.by("kindOrder"))))
                .extracting(row -> row.kind().ordinal()).isSorted();
        // A property that is no column of the row is refused rather than ignored.
        assertThatThrownBy(() -> programs.rows(null, PageRequest.of(0, 5, Sort.by("searchKey"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAccountsRowCarriesAllItsRoles() {
        UserRow admin = users.list(new UserService.Filter("admin", null), PageRequest.of(0, 50)).stream()
                .filter(row -> row.username().equals("admin")).findFirst().orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(users.list(UserService.Filter.all(), PageRequest.of(0, 50)))
                .allSatisfy(row -> assertThat(row.roles()).isNotEmpty())
                .extracting(UserRow::username).doesNotHaveDuplicates();
    }

    /** A page larger than any table these tests fill, so both directions read the same rows. */
    private static final int ALL = 1000;

    private static <R> void assertSortsBy(String property, Function<Sort, List<R>> page,
            Function<R, String> column) {
        List<String> ascending = page.apply(Sort.by(property).ascending()).stream().map(column).toList();
        List<String> descending = page.apply(Sort.by(property).descending()).stream().map(column).toList();
        // Other tests add rows (some with equal names), so the page holds every row and ties are allowed: the
        // values, read in the opposite direction, are the same list reversed.
        assertThat(ascending).hasSizeLessThan(ALL);
        assertThat(Set.copyOf(ascending)).hasSizeGreaterThan(1);
        assertThat(descending).containsExactlyElementsOf(ascending.reversed());
    }

    private void assertRowsOnly(Supplier<List<?>> list) {
        statistics.clear();
        assertThat(list.get()).isNotEmpty().allSatisfy(row -> assertThat(row.getClass()).isRecord());
        assertThat(statistics.getQueryExecutionCount()).as(statistics.toString()).isEqualTo(1);
        // A record built by the query: no entity is loaded, no collection read row by row.
        assertThat(statistics.getEntityLoadCount()).as(statistics.toString()).isZero();
        assertThat(statistics.getCollectionLoadCount()).as(statistics.toString()).isZero();
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
