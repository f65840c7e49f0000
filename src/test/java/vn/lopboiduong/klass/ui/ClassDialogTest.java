package vn.lopboiduong.klass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.TestData;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.plan.TrainingPlanService;
import vn.lopboiduong.unit.Unit;
import vn.lopboiduong.unit.UnitNode;
import vn.lopboiduong.unit.UnitService;

/** The edit flow on a dialog with lazy pickers (units, a multi-select): a lost race and the view's own record. */
@SpringBootTest
@WithMockUser(username = "organizer", roles = "ORGANIZER")
class ClassDialogTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    TrainingClassService classes;

    @Autowired
    TrainingPlanService plans;

    @Autowired
    UnitService units;

    private static UnitNode node(Unit unit) {
        return new UnitNode(unit.requireId(), unit.getCode(), unit.getName(), unit.getKind(), null, null, 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLostRaceKeepsThePickedUnitsAndShowsTheTypedNameBesideTheirs() {
        long id = data.newClass("RACE", LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 7), "Hội trường A");
        navigate(ClassListView.class);
        TrainingClass shown = classes.get(id).orElseThrow();
        String shownName = shown.getName();
        ClassDialog.forExisting(classes, plans, units, shown, saved -> { }).open();
        Dialog stale = find(Dialog.class).single();
        UnitNode ward = node(units.findByCode("DU-VT").orElseThrow());
        MultiSelectComboBox<UnitNode> coordinating = find(MultiSelectComboBox.class, stale)
                .withLabel("Đơn vị phối hợp").single();
        coordinating.setValue(Set.of(ward));
        test(find(TextField.class, stale).withLabel("Tên lớp").single()).setValue("Tên đồng chí gõ");

        TrainingClass theirs = classes.get(id).orElseThrow();
        theirs.setName("Tên người khác lưu");
        theirs.setVenue("Hội trường B");
        classes.update(theirs, new TrainingClassService.Links(null,
                theirs.getOrganizingUnit().requireId(), Set.of()));

        test(find(Button.class, stale).withText("Lưu").single()).click();

        Dialog reopened = find(Dialog.class).single();
        assertThat(reopened).isNotSameAs(stale);
        TextField name = find(TextField.class, reopened).withLabel("Tên lớp").single();
        assertThat(name.getValue()).isEqualTo("Tên người khác lưu");
        assertThat(name.getHelperText()).isEqualTo("Giá trị đồng chí đã nhập: Tên đồng chí gõ");
        assertThat(find(TextField.class, reopened).withLabel("Địa điểm").single().getValue())
                .isEqualTo("Hội trường B");
        assertThat(find(MultiSelectComboBox.class, reopened).withLabel("Đơn vị phối hợp").single().getValue())
                .containsExactly(ward);
        // The record the view shows was never written into.
        assertThat(shown.getName()).isEqualTo(shownName);
        assertThat(shown.getCoordinatingUnits()).isEmpty();

        test(find(Button.class, reopened).withText("Lưu").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        TrainingClass stored = classes.get(id).orElseThrow();
        assertThat(stored.getName()).isEqualTo("Tên người khác lưu");
        assertThat(stored.getCoordinatingUnits()).extracting(Unit::getCode).containsExactly("DU-VT");
        assertThat(shown.getName()).isEqualTo(shownName);
    }
}
