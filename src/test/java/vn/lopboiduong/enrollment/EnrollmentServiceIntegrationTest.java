package vn.lopboiduong.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.lopboiduong.TestData;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.enrollment.EnrollmentService.RosterFilter;
import vn.lopboiduong.klass.ClassStatus;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.programme.ClassTopic;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.trainee.Trainee;
import vn.lopboiduong.trainee.TraineeService;

/**
 * Rosters per role. Classes of 2035 (TestData: this test owns 2035), without sessions; trainees carry a random
 * suffix, the registry being shared.
 */
@SpringBootTest
class EnrollmentServiceIntegrationTest {

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    TraineeService trainees;

    @Autowired
    TrainingClassService classes;

    @Autowired
    ClassTopicService programme;

    @Autowired
    TestData data;

    @Autowired
    vn.lopboiduong.unit.UnitService units;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long person(String name) {
        return as("organizer", "ORGANIZER", () -> trainees.create(new Trainee(name + " "
                + UUID.randomUUID().toString().substring(0, 6)), TraineeService.Links.none(), true).requireId());
    }

    private long newClass(LocalDate start, LocalDate end) {
        return as("organizer", "ORGANIZER", () -> data.newClass("ENR", start, end, null));
    }

    @Test
    void aPersonIsEnrolledOnceWarnedOfAnOverlappingClassAndFoundOnTheRosterWithoutDiacritics() {
        long first = newClass(LocalDate.of(2035, 3, 5), LocalDate.of(2035, 3, 7));
        long second = newClass(LocalDate.of(2035, 3, 6), LocalDate.of(2035, 3, 8));
        long person = person("Nguyễn Thị Bích");
        as("organizer", "ORGANIZER", () -> {
            assertThat(enrollments.enrol(first, person).overlapping()).isEmpty();
            assertThatThrownBy(() -> enrollments.enrol(first, person)).isInstanceOf(BusinessException.class)
                    .hasMessageStartingWith("enrollment.error.already-enrolled");
            assertThat(enrollments.enrol(second, person).overlapping())
                    .containsExactly(data.classCode(first));
            assertThat(enrollments.roster(first, new RosterFilter("nguyen thi bich"), Pageable.unpaged()))
                    .extracting(RosterRow::traineeId).containsExactly(person);
            assertThat(enrollments.countRoster(first, new RosterFilter("khong co ai"))).isZero();
            assertThat(enrollments.enrolledCount(first)).isEqualTo(1);
            assertThat(enrollments.history(person)).extracting(HistoryRow::classCode)
                    .as("newest first").containsExactly(data.classCode(second), data.classCode(first));
            return null;
        });
        as("viewer", "VIEWER", () -> assertThat(enrollments.countRoster(first, new RosterFilter(null))).isEqualTo(1));
    }

    @Test
    void beforeTheClassOpensAnEnrolmentIsRemovedAfterwardsItIsWithdrawnWithAReasonAndKept() {
        long classId = newClass(LocalDate.of(2035, 4, 2), LocalDate.of(2035, 4, 4));
        long early = person("Trần Văn Sớm");
        long late = person("Trần Văn Muộn");
        as("organizer", "ORGANIZER", () -> {
            enrollments.enrol(classId, early);
            enrollments.enrol(classId, late);
            RosterRow row = row(classId, early);
            enrollments.remove(row.id(), row.version(), null);
            assertThat(enrollments.countRoster(classId, new RosterFilter(null))).isEqualTo(1);

            TrainingClass draft = classes.get(classId).orElseThrow();
            TrainingClass planned = classes.changeStatus(classId, draft.getVersion(), ClassStatus.PLANNED);
            classes.changeStatus(classId, planned.getVersion(), ClassStatus.IN_PROGRESS);
            RosterRow open = row(classId, late);
            assertThatThrownBy(() -> enrollments.remove(open.id(), open.version(), " "))
                    .isInstanceOf(BusinessException.class).hasMessageStartingWith("enrollment.error.reason-required");
            enrollments.remove(open.id(), open.version(), "Được cử đi công tác dài ngày");
            RosterRow withdrawn = row(classId, late);
            assertThat(withdrawn.status()).isEqualTo(EnrollmentStatus.WITHDRAWN);
            assertThat(withdrawn.withdrawnReason()).isEqualTo("Được cử đi công tác dài ngày");
            assertThat(enrollments.enrolledCount(classId)).isZero();
            return null;
        });
    }

    @Test
    void aLecturerReadsTheRosterOfAClassTheyTeachOnlyAndNobodyButTheCommitteeChangesIt() {
        long taught = newClass(LocalDate.of(2035, 5, 7), LocalDate.of(2035, 5, 8));
        long other = newClass(LocalDate.of(2035, 5, 14), LocalDate.of(2035, 5, 15));
        as("organizer", "ORGANIZER", () -> programme.addTopic(taught, new ClassTopic("Công tác đảng viên", null,
                TopicKind.LECTURE, 5), data.lecturerId("hoang minh tuan")));
        long person = person("Lê Thị Học");
        as("organizer", "ORGANIZER", () -> enrollments.enrol(taught, person));
        as("lecturer", "LECTURER", () -> {
            assertThat(enrollments.roster(taught, new RosterFilter(null), Pageable.unpaged())).hasSize(1);
            assertThatThrownBy(() -> enrollments.countRoster(other, new RosterFilter(null)))
                    .as("the same refusal as the class's programme and timetable")
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> enrollments.enrol(taught, person("Người Khác")))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
        assertThatThrownBy(() -> as("viewer", "VIEWER", () -> enrollments.enrol(taught, person)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aListIsEnrolledInOneGoAndThoseAlreadyThereAreCountedNotDoubled() {
        long classId = newClass(LocalDate.of(2035, 7, 2), LocalDate.of(2035, 7, 3));
        long first = person("Đặng Văn Một");
        long second = person("Đặng Văn Hai");
        as("organizer", "ORGANIZER", () -> {
            enrollments.enrol(classId, first);
            assertThat(enrollments.enrolAll(classId, java.util.List.of(first, second, second)))
                    .isEqualTo(new EnrollmentService.EnrolledAll(1, 2));
            assertThat(enrollments.enrolledCount(classId)).isEqualTo(2);
            assertThatThrownBy(() -> enrollments.enrolAll(classId, java.util.List.of(person("Đặng Văn Ba"),
                    Long.MAX_VALUE - 1))).isInstanceOf(BusinessException.class);
            assertThat(enrollments.enrolledCount(classId)).as("all or none").isEqualTo(2);
            return null;
        });
    }

    @Test
    void theDemoClassesHaveTheirTraineesAndSomeOfVietTri2025CameBackIn2026() {
        as("viewer", "VIEWER", () -> {
            assertThat(enrollments.enrolledCount(data.classId("NVCTD-VT-2025-I"))).isEqualTo(172);
            assertThat(enrollments.enrolledCount(data.classId("PBT-HN-2023-01"))).isEqualTo(116);
            RosterRow returning = enrollments.roster(data.classId("NVCTD-VT-2026-II"), new RosterFilter(null),
                    Pageable.unpaged()).stream().filter(row -> enrollments.history(row.traineeId()).size() == 2)
                    .findFirst().orElseThrow();
            assertThat(enrollments.history(returning.traineeId())).extracting(HistoryRow::classCode)
                    .containsExactly("NVCTD-VT-2026-II", "NVCTD-VT-2025-I");
            // Filters: the ward's Party committee holds all five cells; one cell holds a fifth of them.
            long vietTri = data.classId("NVCTD-VT-2025-I");
            long ward = units.findByCode("DU-VT").orElseThrow().requireId();
            long cell = units.findByCode("CB-VT-HP").orElseThrow().requireId();
            long secretary = trainees.options(vn.lopboiduong.trainee.OptionKind.POSITION).stream()
                    .filter(o -> o.getName().equals("Bí thư")).findFirst().orElseThrow().requireId();
            assertThat(enrollments.countRoster(vietTri, new RosterFilter(null, ward, null))).isEqualTo(172);
            assertThat(enrollments.countRoster(vietTri, new RosterFilter(null, cell, null))).isEqualTo(35);
            assertThat(enrollments.countRoster(vietTri, new RosterFilter(null, null, secretary))).isEqualTo(10);
            assertThat(enrollments.roster(vietTri, new RosterFilter(null, cell, secretary), Pageable.unpaged()))
                    .extracting(RosterRow::unitName).containsOnly("Chi bộ khu Hòa Phong").hasSize(2);
            return null;
        });
    }

    private RosterRow row(long classId, long traineeId) {
        return enrollments.roster(classId, new RosterFilter(null), Pageable.unpaged()).stream()
                .filter(r -> r.traineeId() == traineeId).findFirst().orElseThrow();
    }

    private static <T> T as(String username, String role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null,
                "ROLE_" + role));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
