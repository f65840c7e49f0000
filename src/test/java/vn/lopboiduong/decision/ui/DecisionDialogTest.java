package vn.lopboiduong.decision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.decision.Decision;
import vn.lopboiduong.decision.DecisionKind;
import vn.lopboiduong.decision.DecisionService;
import vn.lopboiduong.decision.PdfUpload;

/** The edit flow on a dialog with an upload: a lost race keeps the chosen scan; a wrong file is refused at once. */
@SpringBootTest
@WithMockUser(username = "organizer", roles = "ORGANIZER")
class DecisionDialogTest extends SpringBrowserlessTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    DecisionService decisions;

    private Decision newDecision(boolean withScan) {
        var decision = new Decision(UUID.randomUUID().toString().substring(0, 6) + "-QĐ/TCT",
                LocalDate.of(2026, 2, 2), "Trường Chính trị tỉnh", DecisionKind.OPEN_CLASS, "Mở lớp thử");
        return decisions.create(decision, new DecisionService.Links(null, null),
                withScan ? new PdfUpload("cu.pdf", PDF) : null);
    }

    private Dialog open(Decision decision) {
        DecisionListView view = navigate(DecisionListView.class);
        test(view.search).setValue(decision.getNumber());
        test(view.grid).clickRow(0);
        return find(Dialog.class).single();
    }

    @Test
    void aLostRaceKeepsTheChosenScanAndTheTypedFields() {
        Decision decision = newDecision(false);
        Dialog stale = open(decision);
        test(find(Upload.class, stale).single()).upload("quyet-dinh.pdf", "application/pdf", PDF);
        test(find(TextField.class, stale).withLabel("Cơ quan ban hành").single()).setValue("Tỉnh ủy Phú Thọ");

        Decision theirs = decisions.get(decision.requireId()).orElseThrow();
        theirs.setSummary("Trích yếu người khác sửa");
        decisions.update(theirs, new DecisionService.Links(null, null), DecisionService.FileChange.keep());

        test(find(Button.class, stale).withText("Lưu").single()).click();

        Dialog reopened = find(Dialog.class).single();
        assertThat(reopened).isNotSameAs(stale);
        assertThat(find(TextField.class, reopened).withLabel("Cơ quan ban hành").single().getValue())
                .isEqualTo("Tỉnh ủy Phú Thọ");
        assertThat(find(TextArea.class, reopened).withLabel("Trích yếu").single().getValue())
                .isEqualTo("Trích yếu người khác sửa");
        assertThat(reopened.getElement().getTextRecursively()).contains("quyet-dinh.pdf");
        assertThat(decisions.get(decision.requireId()).orElseThrow().hasFile()).isFalse();

        test(find(Button.class, reopened).withText("Lưu").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        Decision stored = decisions.get(decision.requireId()).orElseThrow();
        assertThat(stored.hasFile()).isTrue();
        assertThat(stored.getFileName()).isEqualTo("quyet-dinh.pdf");
        assertThat(stored.getIssuingBody()).isEqualTo("Tỉnh ủy Phú Thọ");
        assertThat(stored.getSummary()).isEqualTo("Trích yếu người khác sửa");
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedOnUploadNotOnSave() {
        Decision decision = newDecision(false);
        Dialog dialog = open(decision);
        test(find(Upload.class, dialog).single()).upload("scan.pdf", "application/pdf",
                "not a pdf".getBytes(StandardCharsets.US_ASCII));

        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .containsExactly("Tệp scan.pdf không phải PDF; chỉ nhận bản scan dạng PDF.");
        test(find(Button.class, dialog).withText("Lưu").single()).click();
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(decisions.get(decision.requireId()).orElseThrow().hasFile()).isFalse();
    }

    @Test
    void deletingADecisionWithItsScanAsksFirst() {
        Decision decision = newDecision(true);
        Dialog dialog = open(decision);
        test(find(Button.class, dialog).withText("Xóa").single()).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains(decision.getNumber()).contains("bản scan");
        test(confirm).cancel();
        assertThat(decisions.get(decision.requireId())).isPresent();

        test(find(Button.class, dialog).withText("Xóa").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(decisions.get(decision.requireId())).isEmpty();
    }
}
