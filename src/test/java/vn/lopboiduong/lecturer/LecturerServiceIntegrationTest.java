package vn.lopboiduong.lecturer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.unit.UnitService;
import vn.lopboiduong.user.UserService;

@SpringBootTest
class LecturerServiceIntegrationTest {

    @Autowired
    LecturerService lecturers;

    @Autowired
    UnitService units;

    @Autowired
    UserService users;

    private static final LecturerService.Filter ALL = new LecturerService.Filter(null, null);

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void leadersReadTheWholeRegistryAndSearchIgnoresDiacritics() {
        assertThat(lecturers.count(ALL)).isGreaterThanOrEqualTo(6);
        assertThat(lecturers.list(new LecturerService.Filter("le thi hong nhung", null), PageRequest.of(0, 5)))
                .singleElement().satisfies(row -> {
                    assertThat(row.displayName()).isEqualTo("TS. Lê Thị Hồng Nhung");
                    assertThat(row.unitName()).isEqualTo("Khoa Dân vận");
                });
        assertThat(lecturers.list(new LecturerService.Filter(null, LecturerKind.GUEST), PageRequest.of(0, 5)))
                .extracting(LecturerRow::displayName).contains("PGS.TS. Đinh Quang Vinh");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void leadersCannotEdit() {
        assertThatThrownBy(() -> lecturers.create(new Lecturer("Người Lạ", LecturerKind.GUEST), null, null))
                .isInstanceOf(AccessDeniedException.class);
        Lecturer any = lecturers.get(lecturers.list(ALL, PageRequest.of(0, 1)).getFirst().id()).orElseThrow();
        any.setPhone("0000");
        assertThatThrownBy(() -> lecturers.update(any, null, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerSeesAndEditsOnlyTheirOwnContactDetails() {
        assertThat(lecturers.list(ALL, PageRequest.of(0, 10))).singleElement()
                .satisfies(row -> assertThat(row.username()).isEqualTo("lecturer"));
        Lecturer own = lecturers.own().orElseThrow();
        Long unitId = own.getUnit() == null ? null : own.getUnit().getId();
        Long userId = own.getUser() == null ? null : own.getUser().getId();
        own.setPhone("0912 000 111");
        lecturers.update(own, unitId, userId);
        Lecturer stored = lecturers.own().orElseThrow();
        assertThat(stored.getPhone()).isEqualTo("0912 000 111");
        assertThat(stored.getUnit()).isNotNull();

        assertThat(lecturers.get(otherLecturerId())).isEmpty();
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerIsRefusedAChangeToAnythingButTheirContactDetails() {
        Lecturer before = lecturers.own().orElseThrow();
        Long unitId = before.getUnit() == null ? null : before.getUnit().getId();
        Long userId = before.getUser() == null ? null : before.getUser().getId();
        long dv = units.findByCode("TCT-DV").orElseThrow().requireId();
        long otherUnit = Long.valueOf(dv).equals(unitId) ? units.findByCode("TCT-XDD").orElseThrow().requireId() : dv;
        java.util.List<java.util.function.Consumer<Lecturer>> edits = java.util.List.of(
                l -> l.setFullName("Tên Khác"), l -> l.setKind(LecturerKind.GUEST),
                l -> l.setPosition("Hiệu trưởng"),
                l -> l.setAcademicTitle(l.getAcademicTitle() == AcademicTitle.PROFESSOR
                        ? AcademicTitle.ASSOCIATE_PROFESSOR : AcademicTitle.PROFESSOR),
                l -> l.setDegree(l.getDegree() == Degree.DOCTOR ? Degree.MASTER : Degree.DOCTOR));
        for (var edit : edits) {
            Lecturer own = lecturers.own().orElseThrow();
            own.setPhone("0999 999 999");
            edit.accept(own);
            assertThatThrownBy(() -> lecturers.update(own, unitId, userId))
                    .isInstanceOfSatisfying(BusinessException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("lecturer.error.contact-only"));
        }
        Lecturer own = lecturers.own().orElseThrow();
        assertThatThrownBy(() -> lecturers.update(own, otherUnit, userId)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> lecturers.update(own, unitId, null)).isInstanceOf(BusinessException.class);
        Lecturer after = lecturers.own().orElseThrow();
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getPhone()).isEqualTo(before.getPhone());

        assertThat(lecturers.get(otherLecturerId())).isEmpty();
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void aLecturerCannotSaveSomeoneElsesRecord() {
        long otherId = otherLecturerId();
        Lecturer forged = new Lecturer("Giả Mạo", LecturerKind.INTERNAL);
        org.springframework.test.util.ReflectionTestUtils.setField(forged, "id", otherId);
        assertThatThrownBy(() -> lecturers.update(forged, null, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void theCommitteeLinksOnlyLecturerAccountsAndOnlyOnce() {
        long lecturerAccount = users.lecturerAccounts("lecturer", PageRequest.of(0, 1)).getFirst().id();
        assertThatThrownBy(() -> lecturers.create(new Lecturer("Bản Sao", LecturerKind.INTERNAL), null,
                lecturerAccount)).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("lecturer.error.account-taken");
        assertThat(users.lecturerAccounts("organizer", PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void aUnitWithLecturersCannotBeDeleted() {
        Lecturer lecturer = lecturers.create(new Lecturer("Vũ Văn Đơn Vị", LecturerKind.INTERNAL),
                units.create(new vn.lopboiduong.unit.Unit("T-LEC-" + System.nanoTime() % 100000,
                        "Khoa thử nghiệm", vn.lopboiduong.unit.UnitKind.FACULTY, null), null).getId(), null);
        long unitId = lecturer.getUnit().requireId();
        assertThatThrownBy(() -> units.delete(unitId)).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("unit.error.in-use");
        assertThat(units.get(unitId)).isPresent();
        lecturers.delete(lecturer.requireId());
        units.delete(unitId);
        assertThat(units.get(unitId)).isEmpty();
    }

    private long otherLecturerId() {
        return vn.lopboiduong.security.SystemAuthentication.callAsSystem(() -> lecturers.list(
                new LecturerService.Filter("le thi hong nhung", null), PageRequest.of(0, 1)).getFirst().id());
    }
}
