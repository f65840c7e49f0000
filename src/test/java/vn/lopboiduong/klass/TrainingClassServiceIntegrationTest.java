package vn.lopboiduong.klass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.plan.PlanProgress;
import vn.lopboiduong.plan.TrainingPlan;
import vn.lopboiduong.plan.TrainingPlanService;
import vn.lopboiduong.unit.UnitService;

@SpringBootTest
@WithMockUser(username = "organizer", roles = "ORGANIZER")
class TrainingClassServiceIntegrationTest {

    @Autowired
    vn.lopboiduong.enrollment.EnrollmentService enrollments;

    @Autowired
    vn.lopboiduong.trainee.TraineeService trainees;

    @Autowired
    TrainingClassService classes;

    @Autowired
    java.util.List<ClassDatesCheck> datesChecks;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    UnitService units;

    private long unitId(String code) {
        return units.findByCode(code).orElseThrow().requireId();
    }

    private TrainingClass newClass(String name, LocalDate start, LocalDate end) {
        var trainingClass = new TrainingClass("T-" + UUID.randomUUID().toString().substring(0, 8), name, 2026);
        trainingClass.setStartDate(start);
        trainingClass.setEndDate(end);
        return classes.create(trainingClass, new TrainingClassService.Links(null, unitId("TCT-PT"),
                Set.of(unitId("DU-VT"))));
    }

    @Test
    void theSeedsClassesAreInTheDemoData() {
        var byCode = classes.list(new TrainingClassService.Filter("NVCTD-VT-2025-I", null, 2025, null, null),
                PageRequest.of(0, 5));
        assertThat(byCode).singleElement().satisfies(row -> {
            assertThat(row.cohort()).isEqualTo("Khóa I năm 2025");
            assertThat(row.startDate()).isEqualTo(LocalDate.of(2025, 11, 12));
            assertThat(row.endDate()).isEqualTo(LocalDate.of(2025, 11, 14));
            assertThat(row.capacity()).isEqualTo(172);
            assertThat(row.organizingUnit()).isEqualTo("Trường Chính trị tỉnh Phú Thọ");
            assertThat(row.status()).isEqualTo(ClassStatus.COMPLETED);
        });
        TrainingClass detailed = classes.get(byCode.getFirst().id()).orElseThrow();
        assertThat(detailed.getCoordinatingUnits()).extracting(u -> u.getName())
                .containsExactly("Đảng ủy phường Việt Trì");
        assertThat(classes.count(new TrainingClassService.Filter(null, ClassStatus.COMPLETED, null, null,
                unitId("BTC-TUHN")))).isEqualTo(1);
    }

    @Test
    void aClassMovesOnlyAlongTheAllowedTransitions() {
        TrainingClass created = newClass("Lớp chuyển trạng thái", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 3));
        assertThat(created.getStatus()).isEqualTo(ClassStatus.DRAFT);
        assertThatThrownBy(() -> classes.changeStatus(created.requireId(), created.getVersion(),
                ClassStatus.IN_PROGRESS)).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("class.error.transition");

        TrainingClass planned = classes.changeStatus(created.requireId(), created.getVersion(), ClassStatus.PLANNED);
        TrainingClass opened = classes.changeStatus(planned.requireId(), planned.getVersion(),
                ClassStatus.IN_PROGRESS);
        assertThatThrownBy(() -> classes.changeStatus(opened.requireId(), opened.getVersion(),
                ClassStatus.CANCELLED)).isInstanceOf(BusinessException.class);
        TrainingClass closed = classes.changeStatus(opened.requireId(), opened.getVersion(), ClassStatus.COMPLETED);
        assertThat(closed.getStatus()).isEqualTo(ClassStatus.COMPLETED);
        assertThatThrownBy(() -> classes.delete(closed.requireId(), closed.getVersion())).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("class.error.delete-status");
    }

    @Test
    void aClassIsPlannedOnlyWithItsDates() {
        var undated = classes.create(new TrainingClass("T-" + UUID.randomUUID().toString().substring(0, 8),
                "Lớp chưa có ngày", 2026), new TrainingClassService.Links(null, unitId("TCT-PT"), Set.of()));
        assertThatThrownBy(() -> classes.changeStatus(undated.requireId(), undated.getVersion(),
                ClassStatus.PLANNED)).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("class.error.dates-required");
        assertThat(classes.get(undated.requireId()).orElseThrow().getStatus()).isEqualTo(ClassStatus.DRAFT);
        // A delete from a page that read an older version of the class is refused.
        TrainingClass current = classes.get(undated.requireId()).orElseThrow();
        assertThatThrownBy(() -> classes.delete(current.requireId(), current.getVersion() + 1))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        assertThat(classes.get(undated.requireId())).isPresent();
        classes.delete(current.requireId(), current.getVersion());
        assertThat(classes.get(undated.requireId())).isEmpty();
    }

    @Test
    void aStatusChangeFromAStalePageIsRefused() {
        TrainingClass created = newClass("Lớp hai người sửa", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
        long seenVersion = created.getVersion();
        classes.changeStatus(created.requireId(), seenVersion, ClassStatus.PLANNED);
        assertThatThrownBy(() -> classes.changeStatus(created.requireId(), seenVersion, ClassStatus.CANCELLED))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(classes.get(created.requireId()).orElseThrow().getStatus()).isEqualTo(ClassStatus.PLANNED);
    }

    @Test
    void codesAreUniqueAndEndDatesFollowStartDates() {
        var duplicate = new TrainingClass("nvctd-vt-2025-i", "Trùng mã", 2025);
        assertThatThrownBy(() -> classes.create(duplicate, new TrainingClassService.Links(null, unitId("TCT-PT"),
                Set.of()))).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("class.error.code-taken");
        var backwards = new TrainingClass("T-BACK-" + UUID.randomUUID().toString().substring(0, 4), "Ngược", 2026);
        backwards.setStartDate(LocalDate.of(2026, 5, 10));
        backwards.setEndDate(LocalDate.of(2026, 5, 9));
        assertThatThrownBy(() -> classes.create(backwards, new TrainingClassService.Links(null, unitId("TCT-PT"),
                Set.of()))).isInstanceOf(jakarta.validation.ConstraintViolationException.class);
    }

    @Test
    void planProgressCountsHeldClassesTheirPlacesAndTheirEnrolledTrainees() {
        var plan = new TrainingPlan("T-" + UUID.randomUUID().toString().substring(0, 6) + "-KH/TU",
                LocalDate.of(2026, 1, 5), "Ban Thường vụ Tỉnh ủy");
        plan.setTargetClasses(3);
        plan.setTargetTrainees(300);
        long planId = plans.create(plan).requireId();
        for (int i = 0; i < 3; i++) {
            var c = new TrainingClass("T-" + UUID.randomUUID().toString().substring(0, 8), "Lớp " + i, 2026);
            c.setStartDate(LocalDate.of(2026, 3, 1));
            c.setEndDate(LocalDate.of(2026, 3, 5));
            c.setCapacity(100);
            TrainingClass created = classes.create(c, new TrainingClassService.Links(planId, unitId("TCT-PT"),
                    Set.of()));
            // Trainees enrolled: two in the class that opens, one in the draft, one in the class then cancelled.
            for (int k = 0; k < (i == 0 ? 2 : 1); k++) {
                enrollments.enrol(created.requireId(), trainees.create(new vn.lopboiduong.trainee.Trainee(
                        "Học viên tiến độ " + UUID.randomUUID().toString().substring(0, 6)),
                        vn.lopboiduong.trainee.TraineeService.Links.none(), true).requireId());
            }
            if (i == 0) {
                TrainingClass planned = classes.changeStatus(created.requireId(), created.getVersion(),
                        ClassStatus.PLANNED);
                classes.changeStatus(planned.requireId(), planned.getVersion(), ClassStatus.IN_PROGRESS);
            } else if (i == 1) {
                classes.changeStatus(created.requireId(), created.getVersion(), ClassStatus.CANCELLED);
            }
        }
        assertThat(classes.of(java.util.List.of(planId))).containsEntry(planId, new PlanProgress.Progress(2, 1, 200, 3));
        assertThatThrownBy(() -> plans.delete(planId)).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("plan.error.in-use");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void leadersReadClassesButCannotChangeThem() {
        assertThat(classes.count(TrainingClassService.Filter.all())).isGreaterThanOrEqualTo(3);
        long anyId = classes.list(TrainingClassService.Filter.all(), PageRequest.of(0, 1)).getFirst().id();
        assertThatThrownBy(() -> classes.changeStatus(anyId, 0, ClassStatus.CANCELLED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classes.delete(anyId, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classes.requireOpen(anyId)).isInstanceOf(AccessDeniedException.class);
        for (ClassDatesCheck check : datesChecks) {
            assertThatThrownBy(() -> check.check(anyId, null, null)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(datesChecks).isNotEmpty();
        assertThatThrownBy(() -> plans.create(new TrainingPlan("X-KH", LocalDate.now(), "X")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLecturerSeesOnlyTheClassesTheyTeach() {
        var notTaught = new TrainingClass("NT-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                "Lớp không có giảng viên này", 2027);
        classes.create(notTaught, new TrainingClassService.Links(null, 1L, Set.of()));
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                "lecturer", null, "ROLE_LECTURER"));
        // The demo lecturer teaches in the Hanoi class and both Việt Trì classes (other tests may add more).
        assertThat(classes.list(TrainingClassService.Filter.all(), PageRequest.of(0, 100)))
                .extracting(ClassRow::code)
                .contains("PBT-HN-2023-01", "NVCTD-VT-2025-I", "NVCTD-VT-2026-II")
                .doesNotContain(notTaught.getCode());
        assertThatThrownBy(() -> plans.list(null, PageRequest.of(0, 1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classes.create(new TrainingClass("X", "X", 2026),
                new TrainingClassService.Links(null, 1L, Set.of()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTextSearchFindsWhatPeopleTypeAcrossTheClassAndItsUnits() {
        // Typed without diacritics, as a new user would: the Việt Trì classes are coordinated by its ward.
        assertThat(classes.list(new TrainingClassService.Filter("viet tri", null, null, null, null),
                PageRequest.of(0, 10))).extracting(ClassRow::code).contains("NVCTD-VT-2025-I", "NVCTD-VT-2026-II");
        assertThat(classes.list(new TrainingClassService.Filter("KHOA ii 2026", null, null, null, null),
                PageRequest.of(0, 10))).extracting(ClassRow::code).contains("NVCTD-VT-2026-II");
        // The organising unit's name, and a word from the audience.
        assertThat(classes.count(new TrainingClassService.Filter("truong chinh tri phu tho", null, null, null,
                null))).isGreaterThanOrEqualTo(3);
        var unique = "Lop " + UUID.randomUUID().toString().substring(0, 8);
        var audience = newClass(unique, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4));
        audience.setAudience("Cán bộ Mặt trận Tổ quốc cấp xã");
        classes.update(audience, new TrainingClassService.Links(null, unitId("TCT-PT"), Set.of()));
        assertThat(classes.list(new TrainingClassService.Filter(unique + " mat tran to quoc", null, null, null,
                null), PageRequest.of(0, 5))).extracting(ClassRow::id).containsExactly(audience.requireId());
    }

    @Test
    void aRenamedCoordinatingUnitFindsItsClassesByItsNewName() {
        String code = "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long unitId = units.create(new vn.lopboiduong.unit.Unit(code, "Đảng ủy xã Hy Cương",
                vn.lopboiduong.unit.UnitKind.PARTY_COMMITTEE, null), null).requireId();
        var trainingClass = new TrainingClass("T-" + UUID.randomUUID().toString().substring(0, 8), "Lớp thử", 2026);
        long classId = classes.create(trainingClass, new TrainingClassService.Links(null, unitId("TCT-PT"),
                Set.of(unitId))).requireId();
        var unit = units.get(unitId).orElseThrow();
        unit.setName("Đảng ủy xã Phượng Lâu " + code);
        units.update(unit, null);
        assertThat(classes.list(new TrainingClassService.Filter("phuong lau " + code, null, null, null, null),
                PageRequest.of(0, 5))).extracting(ClassRow::id).containsExactly(classId);
        assertThat(classes.count(new TrainingClassService.Filter("hy cuong " + code, null, null, null, null)))
                .isZero();
    }

    @Test
    void theStatusColumnSortsInTheClassLifecycleOrder() {
        var rows = classes.list(TrainingClassService.Filter.all(), PageRequest.of(0, 500,
                org.springframework.data.domain.Sort.by("statusOrder")));
        assertThat(rows).extracting(ClassRow::status).isSortedAccordingTo(java.util.Comparator.naturalOrder())
                .contains(ClassStatus.DRAFT, ClassStatus.COMPLETED);
    }

    @Test
    void aClassLongerThanTheMaximumIsRefusedOnCreateAndUpdate() {
        // app.classes.max-days defaults to 366: a leap year, first and last day included, is still allowed.
        var year = newClass("Lớp một năm", LocalDate.of(2032, 1, 1), LocalDate.of(2032, 12, 31));
        assertThatThrownBy(() -> newClass("Lớp quá dài", LocalDate.of(2032, 1, 1), LocalDate.of(2132, 1, 1)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("class.error.too-long");
                    assertThat(e.getArguments()).containsExactly("366");
                });
        year.setEndDate(LocalDate.of(2033, 1, 1));
        assertThatThrownBy(() -> classes.update(year, new TrainingClassService.Links(null, unitId("TCT-PT"),
                Set.of()))).isInstanceOf(BusinessException.class).hasMessageContaining("class.error.too-long");
        assertThat(classes.get(year.requireId()).orElseThrow().getEndDate()).isEqualTo(LocalDate.of(2032, 12, 31));
    }
}
