package vn.lopboiduong.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.base.domain.BusinessException;

@SpringBootTest
@WithMockUser(username = "organizer", roles = "ORGANIZER")
class UnitServiceIntegrationTest {

    @Autowired
    UnitService units;

    private static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void theDemoTreeHasTheSchoolAndTheWardCommitteeAtTheTop() {
        var roots = units.children(null, PageRequest.of(0, 50));
        assertThat(roots).extracting(UnitNode::name)
                .contains("Trường Chính trị tỉnh Phú Thọ", "Đảng ủy phường Việt Trì", "Thành ủy Hà Nội");
        UnitNode ward = roots.stream().filter(n -> n.code().equals("DU-VT")).findFirst().orElseThrow();
        // Five cells in the demo data; other tests may add more under the ward.
        assertThat(ward.childCount()).isGreaterThanOrEqualTo(5).isEqualTo(units.countChildren(ward.id()));
        assertThat(units.children(ward.id(), PageRequest.of(0, 2))).hasSize(2)
                .allSatisfy(cell -> assertThat(cell.parentName()).isEqualTo("Đảng ủy phường Việt Trì"));
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        assertThat(units.search("dang uy phuong viet tri", PageRequest.of(0, 10)))
                .extracting(UnitNode::code).containsExactly("DU-VT");
        assertThat(units.countSearch("CHI BỘ khu")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void createsMovesAndDeletesAUnit() {
        Unit ward = units.findByCode("DU-VT").orElseThrow();
        Unit school = units.findByCode("TCT-PT").orElseThrow();
        Unit cell = units.create(new Unit(code(), "Chi bộ khu Gia Cẩm", UnitKind.PARTY_CELL, null), ward.getId());
        assertThat(units.get(cell.requireId()).orElseThrow().getParent()).isEqualTo(ward);

        Unit moved = units.update(units.get(cell.requireId()).orElseThrow(), school.getId());
        assertThat(units.get(moved.requireId()).orElseThrow().getParent().getName())
                .isEqualTo("Trường Chính trị tỉnh Phú Thọ");

        units.delete(cell.requireId());
        assertThat(units.get(cell.requireId())).isEmpty();
    }

    @Test
    void refusesToMoveAUnitUnderItselfOrItsDescendant() {
        Unit parent = units.create(new Unit(code(), "Đảng bộ thử", UnitKind.PARTY_COMMITTEE, null), null);
        Unit child = units.create(new Unit(code(), "Chi bộ thử", UnitKind.PARTY_CELL, null), parent.getId());

        Unit editedParent = units.get(parent.requireId()).orElseThrow();
        assertThatThrownBy(() -> units.update(editedParent, child.getId())).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("unit.error.cycle");
        assertThatThrownBy(() -> units.update(units.get(parent.requireId()).orElseThrow(), parent.getId()))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("unit.error.cycle");
        assertThat(units.get(parent.requireId()).orElseThrow().getParent()).isNull();
    }

    @Test
    void aUnitWithSubUnitsCannotBeDeleted() {
        Unit ward = units.findByCode("DU-VT").orElseThrow();
        assertThatThrownBy(() -> units.delete(ward.requireId())).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("unit.error.has-children");
        assertThat(units.findByCode("DU-VT")).isPresent();
    }

    @Test
    void codesAreUnique() {
        assertThatThrownBy(() -> units.create(new Unit("du-vt", "Trùng mã", UnitKind.OTHER, null), null))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("unit.error.code-taken");
    }

    @Test
    void aStaleEditIsRefused() {
        Unit unit = units.create(new Unit(code(), "Chi bộ khu Bạch Hạc", UnitKind.PARTY_CELL, null), null);
        Unit first = units.get(unit.requireId()).orElseThrow();
        Unit second = units.get(unit.requireId()).orElseThrow();
        first.setName("Chi bộ khu Bạch Hạc 1");
        units.update(first, null);
        second.setName("Chi bộ khu Bạch Hạc 2");
        assertThatThrownBy(() -> units.update(second, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(units.get(unit.requireId()).orElseThrow().getName()).isEqualTo("Chi bộ khu Bạch Hạc 1");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void viewersAndLecturersReadButCannotEdit() {
        assertThat(units.countChildren(null)).isGreaterThanOrEqualTo(3);
        assertThatThrownBy(() -> units.create(new Unit(code(), "X", UnitKind.OTHER, null), null))
                .isInstanceOf(AccessDeniedException.class);
        long wardId = units.findByCode("DU-VT").orElseThrow().requireId();
        assertThatThrownBy(() -> units.delete(wardId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "lecturer", roles = "LECTURER")
    void lecturersCannotEditUnits() {
        Unit ward = units.findByCode("DU-VT").orElseThrow();
        ward.setName("Đổi tên trái phép");
        assertThatThrownBy(() -> units.update(ward, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(units.findByCode("DU-VT").orElseThrow().getName()).isEqualTo("Đảng ủy phường Việt Trì");
    }

    @Test
    void searchResultsComeInTreeOrderAndFollowAMove() {
        // The pickers list a parent before its children, although "CB-…" sorts before "DU-…" by code.
        assertThat(units.search("vt", PageRequest.of(0, 20))).extracting(UnitNode::code)
                .startsWith("DU-VT").contains("CB-VT-TX");
        assertThat(units.search("", PageRequest.of(0, 1000))).extracting(UnitNode::code)
                .containsSubsequence("TCT-PT", "TCT-XDD").containsSubsequence("DU-VT", "CB-VT-TX")
                .containsSubsequence("TU-HN", "BTC-TUHN");

        String tag = code();
        long top = units.create(new Unit("A" + tag, "Cây thử " + tag, UnitKind.OTHER, null), null).requireId();
        long middle = units.create(new Unit("Z" + tag, "Cây thử " + tag, UnitKind.OTHER, null), null).requireId();
        long leaf = units.create(new Unit("B" + tag, "Cây thử " + tag, UnitKind.OTHER, null), middle).requireId();
        assertThat(units.search(tag, PageRequest.of(0, 10))).extracting(UnitNode::id)
                .containsExactly(top, middle, leaf);
        // Moving Z under A (and renaming its code) carries its child along, still right after it.
        var moved = units.get(middle).orElseThrow();
        moved.setCode("M" + tag);
        units.update(moved, top);
        assertThat(units.search(tag, PageRequest.of(0, 10))).extracting(UnitNode::id)
                .containsExactly(top, middle, leaf);
        var back = units.get(middle).orElseThrow();
        units.update(back, null);
        assertThat(units.search(tag, PageRequest.of(0, 10))).extracting(UnitNode::id)
                .containsExactly(top, middle, leaf);
        var renamedTop = units.get(top).orElseThrow();
        renamedTop.setCode("N" + tag);
        units.update(renamedTop, null);
        assertThat(units.search(tag, PageRequest.of(0, 10))).extracting(UnitNode::id)
                .containsExactly(middle, leaf, top);
    }
}
