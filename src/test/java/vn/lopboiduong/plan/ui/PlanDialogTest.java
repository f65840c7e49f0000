package vn.lopboiduong.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.plan.TrainingPlan;
import vn.lopboiduong.plan.TrainingPlanService;

/** The edit flow on a plain record: a lost save race, the delete confirmation, the read-only mode, the limits. */
@SpringBootTest
class PlanDialogTest extends SpringBrowserlessTest {

    @Autowired
    TrainingPlanService plans;

    private TrainingPlan newPlan() {
        var plan = new TrainingPlan("KH-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2026, 1, 5),
                "Ban Tuyên giáo");
        plan.setAudience("Đảng viên mới");
        return plans.create(plan);
    }

    private Dialog open(PlanListView view, TrainingPlan plan) {
        test(view.search).setValue(plan.getNumber());
        test(view.grid).clickRow(0);
        return find(Dialog.class).single();
    }

    private TextField field(Dialog dialog, String label) {
        return find(TextField.class, dialog).withLabel(label).single();
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void aLostRaceReopensWithTheStoredRecordAndKeepsWhatTheUserTyped() {
        TrainingPlan plan = newPlan();
        PlanListView view = navigate(PlanListView.class);
        Dialog stale = open(view, plan);
        test(field(stale, "Cơ quan ban hành")).setValue("Ban Tổ chức");
        test(field(stale, "Đối tượng")).setValue("Cán bộ chủ chốt");

        // Meanwhile someone else changes the audience and the term.
        TrainingPlan theirs = plans.get(plan.requireId()).orElseThrow();
        theirs.setAudience("Bí thư chi bộ");
        theirs.setTerm("2025–2030");
        plans.update(theirs);

        test(find(Button.class, stale).withText("Lưu").single()).click();

        assertThat(stale.isOpened()).isFalse();
        Dialog reopened = find(Dialog.class).single();
        assertThat(reopened).isNotSameAs(stale);
        // A field nobody else changed gets the user's value back; one someone else changed keeps theirs and
        // shows the user's beside it.
        assertThat(field(reopened, "Cơ quan ban hành").getValue()).isEqualTo("Ban Tổ chức");
        assertThat(field(reopened, "Đối tượng").getValue()).isEqualTo("Bí thư chi bộ");
        assertThat(field(reopened, "Đối tượng").getHelperText())
                .isEqualTo("Giá trị đồng chí đã nhập: Cán bộ chủ chốt");
        assertThat(field(reopened, "Nhiệm kỳ").getValue()).isEqualTo("2025–2030");
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .containsExactly(reopened.getTranslation("form.reloaded"));
        assertThat(find(Notification.class).single().getPosition()).isEqualTo(Notification.Position.TOP_CENTER);
        assertThat(plans.get(plan.requireId()).orElseThrow().getIssuingBody()).isEqualTo("Ban Tuyên giáo");

        test(find(Button.class, reopened).withText("Lưu").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        TrainingPlan stored = plans.get(plan.requireId()).orElseThrow();
        assertThat(stored.getIssuingBody()).isEqualTo("Ban Tổ chức");
        assertThat(stored.getAudience()).isEqualTo("Bí thư chi bộ");
        assertThat(stored.getTerm()).isEqualTo("2025–2030");
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void aPlanDeletedMeanwhileSaysSoOnSave() {
        TrainingPlan plan = newPlan();
        PlanListView view = navigate(PlanListView.class);
        Dialog dialog = open(view, plan);
        test(field(dialog, "Cơ quan ban hành")).setValue("Ban Tổ chức");
        plans.delete(plan.requireId());

        test(find(Button.class, dialog).withText("Lưu").single()).click();
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .containsExactly("Không tìm thấy bản ghi (có thể đã bị xóa).");
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void deletingAPlanAsksFirstAndCancelKeepsIt() {
        TrainingPlan plan = newPlan();
        PlanListView view = navigate(PlanListView.class);
        Dialog dialog = open(view, plan);

        test(find(Button.class, dialog).withText("Xóa").single()).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains(plan.getNumber());
        assertThat(plans.get(plan.requireId())).isPresent();
        test(confirm).cancel();
        assertThat(plans.get(plan.requireId())).isPresent();
        assertThat(dialog.isOpened()).isTrue();

        test(find(Button.class, dialog).withText("Xóa").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(plans.get(plan.requireId())).isEmpty();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aLeaderReadsAPlanInADialogThatOnlyCloses() {
        PlanListView view = navigate(PlanListView.class);
        test(view.search).setValue("110-KH/TU");
        test(view.grid).clickRow(0);
        Dialog dialog = find(Dialog.class).single();

        assertThat(find(Button.class, dialog).withText("Lưu").exists()).isFalse();
        assertThat(find(Button.class, dialog).withText("Hủy").exists()).isFalse();
        assertThat(find(Button.class, dialog).withText("Đóng").single().isVisible()).isTrue();
        TextField number = field(dialog, "Số kế hoạch");
        assertThat(number.isReadOnly()).isTrue();
        assertThat(number.isRequiredIndicatorVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "organizer", roles = "ORGANIZER")
    void textFieldsKnowTheirLimitAndCountNearIt() {
        PlanListView view = navigate(PlanListView.class);
        test(view.add).click();
        TextField number = field(find(Dialog.class).single(), "Số kế hoạch");
        assertThat(number.getMaxLength()).isEqualTo(50);
        test(number).setValue("12345");
        assertThat(number.getHelperText()).isNull();
        test(number).setValue("x".repeat(45));
        assertThat(number.getHelperText()).isEqualTo("45/50 ký tự");
        // Pasted past the limit (the browser stops typing at it), the message says the limit plainly.
        test(number).setValue("x".repeat(51));
        assertThat(number.getErrorMessage()).isEqualTo("Số kế hoạch tối đa 50 ký tự.");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aSearchThatFindsNothingSaysSo() {
        PlanListView view = navigate(PlanListView.class);
        test(view.search).setValue("không có kế hoạch nào như thế");
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("Không tìm thấy kết quả phù hợp.");
    }
}
