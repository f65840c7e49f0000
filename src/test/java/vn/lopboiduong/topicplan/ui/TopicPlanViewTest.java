package vn.lopboiduong.topicplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteNotFoundError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.lopboiduong.TestData;
import vn.lopboiduong.klass.programme.ClassTopic;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.security.PortalUser;
import vn.lopboiduong.topicplan.AttachmentKind;
import vn.lopboiduong.topicplan.TopicPlanService;
import vn.lopboiduong.topicplan.TopicPlanService.PlanView;
import vn.lopboiduong.topicplan.TopicPlanStatus;

/**
 * The plan page as its users work it, without a browser: the demo lecturer (Hoàng Minh Tuấn) writes and submits,
 * the committee returns and approves beside the earlier version, a leader only reads. Its classes are dated
 * September 2033 (TestData: topic plan tests own 2033) and have no sessions.
 */
@SpringBootTest
class TopicPlanViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    ClassTopicService programme;

    @Autowired
    TopicPlanService plans;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signInAs(String username, String role) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role));
        var principal = new PortalUser(username, "", true, username, authorities);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
    }

    /** A class of September 2033 with a topic of five periods taught by the demo lecturer. */
    private long ownTopic() {
        signInAs("organizer", "ORGANIZER");
        long classId = data.newClass("TPV", LocalDate.of(2033, 9, 12), LocalDate.of(2033, 9, 14), null);
        return programme.addTopic(classId, new ClassTopic("Công tác kiểm tra, giám sát của chi bộ", null,
                TopicKind.LECTURE, 5), data.lecturerId("hoang minh tuan")).requireId();
    }

    private TopicPlanView open(long topicId, String route) {
        navigate(route + "/" + topicId, Component.class);
        return (TopicPlanView) getCurrentView();
    }

    private void addSection(PlanForm form, String title, int periods) {
        test(form.addSection).click();
        var row = form.sectionRows.getChildren().map(PlanForm.SectionRow.class::cast).toList().getLast();
        test(row.title).setValue(title);
        test(row.periods).setValue(periods);
    }

    private String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }

    @Test
    void aLecturerWritesAPlanSeesThePeriodsWarningSubmitsItAndCanNoLongerChangeIt() {
        long topicId = ownTopic();
        signInAs("lecturer", "LECTURER");
        TopicPlanView view = open(topicId, "my/topics");
        assertThat(view.save.isVisible()).isTrue();
        assertThat(view.submit.isVisible()).as("nothing stored yet to submit").isFalse();
        PlanForm form = view.form;
        test(form.knowledge).setValue("Nắm được quy trình kiểm tra, giám sát của chi bộ.");
        addSection(form, "Những vấn đề chung", 2);
        addSection(form, "Quy trình kiểm tra đảng viên", 2);
        assertThat(form.periodsSum.getText()).isEqualTo("Tổng số tiết các mục là 4, chưa khớp với 5 tiết của chuyên đề.");

        test(view.save).click();
        assertThat(lastNotification()).contains("tổng số tiết các mục là 4, chưa khớp với 5");
        PlanView stored = plans.plan(topicId);
        assertThat(stored.working().status()).isEqualTo(TopicPlanStatus.DRAFT);
        assertThat(stored.working().content().sections()).extracting(s -> s.title())
                .containsExactly("Những vấn đề chung", "Quy trình kiểm tra đảng viên");

        view = (TopicPlanView) getCurrentView();
        var second = view.form.sectionRows.getChildren().map(PlanForm.SectionRow.class::cast).toList().get(1);
        test(second.periods).setValue(3);
        assertThat(view.form.periodsSum.getText()).isEqualTo("Tổng số tiết các mục: 5 / 5 tiết của chuyên đề.");
        test(view.submit).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(plans.plan(topicId).working().status()).isEqualTo(TopicPlanStatus.SUBMITTED);
        assertThat(plans.plan(topicId).working().content().sectionPeriods()).as("the form was saved first")
                .isEqualTo(5);
        view = (TopicPlanView) getCurrentView();
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.submit.isVisible()).isFalse();
        assertThat(view.form.knowledge.isReadOnly()).isTrue();
        assertThat(view.form.addSection.isVisible()).isFalse();
        assertThat(view.notices.getElement().getTextRecursively()).contains("đã gửi duyệt");
    }

    @Test
    void theCommitteeReturnsOnlyWithACommentTheLecturerReadsItAndTheSecondVersionIsApprovedBesideTheFirst() {
        long topicId = ownTopic();
        signInAs("lecturer", "LECTURER");
        TopicPlanView view = open(topicId, "my/topics");
        test(view.form.knowledge).setValue("Nắm được quy trình kiểm tra.");
        addSection(view.form, "Quy trình kiểm tra", 5);
        test(view.save).click();
        view = (TopicPlanView) getCurrentView();
        test(view.submit).click();
        test(find(ConfirmDialog.class).single()).confirm();

        signInAs("organizer", "ORGANIZER");
        view = open(topicId, "topic-plans");
        assertThat(view.approve.isVisible()).isTrue();
        assertThat(view.save.isVisible()).as("the committee reviews what the lecturer wrote").isFalse();
        test(view.returnPlan).click();
        Dialog dialog = find(Dialog.class).single();
        Button confirm = find(Button.class, dialog).withText("Trả lại").single();
        test(confirm).click();
        assertThat(find(TextArea.class, dialog).single().isInvalid()).as("a return needs a comment").isTrue();
        assertThat(plans.plan(topicId).working().status()).isEqualTo(TopicPlanStatus.SUBMITTED);
        test(find(TextArea.class, dialog).single()).setValue("Đề nghị bổ sung phần xử lý vi phạm.");
        test(confirm).click();
        assertThat(plans.plan(topicId).working().status()).isEqualTo(TopicPlanStatus.RETURNED);

        signInAs("lecturer", "LECTURER");
        view = open(topicId, "my/topics");
        assertThat(view.notices.getElement().getTextRecursively()).contains("Đề nghị bổ sung phần xử lý vi phạm.");
        assertThat(view.save.isVisible()).isTrue();
        addSection(view.form, "Xử lý vi phạm", 0);
        test(view.submit).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(plans.plan(topicId).working().status()).isEqualTo(TopicPlanStatus.SUBMITTED);

        signInAs("organizer", "ORGANIZER");
        view = open(topicId, "topic-plans");
        test(view.approve).click();
        dialog = find(Dialog.class).single();
        test(find(Button.class, dialog).withText("Duyệt").single()).click();
        assertThat(plans.plan(topicId).working().status()).isEqualTo(TopicPlanStatus.APPROVED);

        // A revision, submitted, is read beside the version approved before, its changed fields marked.
        signInAs("lecturer", "LECTURER");
        view = open(topicId, "my/topics");
        assertThat(view.revise.isVisible()).isTrue();
        test(view.revise).click();
        test(find(ConfirmDialog.class).single()).confirm();
        view = (TopicPlanView) getCurrentView();
        test(view.form.materials).setValue("Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát.");
        test(view.submit).click();
        test(find(ConfirmDialog.class).single()).confirm();

        signInAs("viewer", "VIEWER");
        view = open(topicId, "topic-plans");
        assertThat(view.approve.isVisible()).as("leaders change nothing").isFalse();
        assertThat(view.body.getElement().getTextRecursively())
                .contains("Các phần đã thay đổi so với bản đã duyệt trước: Tài liệu học tập, tham khảo.")
                .contains("Phiên bản 2").contains("Bản đã duyệt trước (phiên bản 1)");
        List<PlanForm> sides = find(PlanForm.class).all();
        assertThat(sides).hasSize(2);
        assertThat(sides).allSatisfy(side -> assertThat(side.getElement().getTextRecursively())
                .contains("Đã thay đổi"));
        assertThat(view.notices.getElement().getTextRecursively()).contains("Phiên bản 1 đã được duyệt");
    }

    @Test
    void aLecturerAttachesTheFullPlanAndAFileThatIsNotOneIsRefusedWithItsReason() {
        long topicId = ownTopic();
        signInAs("lecturer", "LECTURER");
        TopicPlanView view = open(topicId, "my/topics");
        test(view.form.knowledge).setValue("Nắm được quy trình.");
        // Nothing is stored yet: attaching saves the draft first.
        view.attach(AttachmentKind.PLAN_DOCUMENT, "de-cuong-kiem-tra.docx", docx());
        var stored = plans.plan(topicId).working();
        assertThat(stored.attachments()).extracting(a -> a.fileName()).containsExactly("de-cuong-kiem-tra.docx");
        assertThat(stored.content().knowledge()).isEqualTo("Nắm được quy trình.");
        view = (TopicPlanView) getCurrentView();
        assertThat(view.attachments.getElement().getTextRecursively()).contains("de-cuong-kiem-tra.docx");

        view.attach(AttachmentKind.SLIDES, "bai-giang.pptx", "không phải tệp trình chiếu".getBytes(StandardCharsets.UTF_8));
        assertThat(lastNotification()).contains("bai-giang.pptx").contains("PowerPoint");
        assertThat(plans.plan(topicId).working().attachments()).hasSize(1);
    }

    @Test
    void aLecturerTypingAnotherLecturersTopicFindsNothingAndALeaderReadsWithoutButtons() {
        signInAs("organizer", "ORGANIZER");
        long classId = data.newClass("TPV", LocalDate.of(2033, 9, 20), LocalDate.of(2033, 9, 21), null);
        long other = programme.addTopic(classId, new ClassTopic("Công tác dân vận", null, TopicKind.LECTURE, 5),
                data.lecturerId("le thi hong nhung")).requireId();
        signInAs("lecturer", "LECTURER");
        navigate("my/topics/" + other, Component.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);

        signInAs("viewer", "VIEWER");
        TopicPlanView view = open(other, "topic-plans");
        assertThat(List.of(view.save, view.submit, view.revise, view.approve, view.returnPlan, view.copy,
                view.fromProgramme)).noneMatch(Component::isVisible);
        assertThat(view.form.knowledge.isReadOnly()).isTrue();
    }

    /** The smallest Word document the content check accepts. */
    static byte[] docx() {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
