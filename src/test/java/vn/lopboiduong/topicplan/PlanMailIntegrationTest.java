package vn.lopboiduong.topicplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.lopboiduong.TestData;
import vn.lopboiduong.klass.programme.ClassTopic;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.topicplan.TopicPlanService.VersionView;

/**
 * E-mail about topic plans against a real SMTP server (GreenMail) the test starts: who gets which message, with
 * which subject and Vietnamese body, and reminders that go out once however often and however concurrently the
 * job runs. Classes of December 2033 (TestData: topic plan tests own 2033).
 */
@SpringBootTest(properties = {"app.mail.enabled=true", "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
    "app.mail.from=daotao@truongchinhtri.phutho.vn", "app.mail.portal-url=https://daotao.example.vn/"})
class PlanMailIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final String LECTURER = "tuan.xdd@truongchinhtri.phutho.vn";
    private static final String ORGANIZER = "thuha.qldt@truongchinhtri.phutho.vn";

    @Autowired
    TopicPlanService plans;

    @Autowired
    PlanReminders reminders;

    @Autowired
    ClassTopicService programme;

    @Autowired
    TestData data;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long topic(String code, LocalDate start, String title) {
        return as("organizer", "ORGANIZER", () -> {
            long classId = data.newClass(code, start, start.plusDays(2), null);
            return programme.addTopic(classId, new ClassTopic(title, null, TopicKind.LECTURE, 5),
                    data.lecturerId("hoang minh tuan")).requireId();
        });
    }

    private static PlanContent content() {
        return new PlanContent("Nắm được quy trình kiểm tra, giám sát.", null, null,
                List.of(new PlanContent.Section("Những vấn đề chung", null, 5)), null, null, null, null);
    }

    private List<MimeMessage> to(String address, String subjectPart) throws MessagingException {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(r -> r.toString().equals(address)) && message.getSubject().contains(subjectPart);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void theCommitteeHearsOfASubmissionAndTheLecturerOfTheReturnWithItsCommentAndOfTheApproval() throws Exception {
        String title = "Công tác kiểm tra, giám sát của chi bộ (thư)";
        long topicId = topic("ML", LocalDate.of(2033, 12, 5), title);
        as("lecturer", "LECTURER", () -> {
            VersionView draft = plans.saveDraft(topicId, null, 0, content()).plan().working();
            return plans.submit(topicId, draft.id(), draft.entityVersion());
        });
        smtp.waitForIncomingEmail(5000, 2);
        List<MimeMessage> submitted = to(ORGANIZER, title);
        assertThat(submitted).hasSize(1);
        MimeMessage message = submitted.getFirst();
        assertThat(message.getSubject()).endsWith(title + ": chờ duyệt");
        assertThat(message.getFrom()[0].toString()).isEqualTo("daotao@truongchinhtri.phutho.vn");
        String body = GreenMailUtil.getBody(message);
        assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(decoded(message)).contains("đã gửi duyệt đề cương chuyên đề “" + title + "”")
                .contains("https://daotao.example.vn/topic-plans/" + topicId);
        assertThat(body).isNotBlank();
        assertThat(to("quantri@truongchinhtri.phutho.vn", title)).hasSize(1);
        assertThat(to(LECTURER, title)).as("the lecturer is not told of their own submission").isEmpty();

        as("organizer", "ORGANIZER", () -> {
            VersionView waiting = plans.plan(topicId).working();
            return plans.returnPlan(topicId, waiting.id(), waiting.entityVersion(),
                    "Đề nghị bổ sung phần xử lý vi phạm của đảng viên.");
        });
        smtp.waitForIncomingEmail(5000, 3);
        List<MimeMessage> returned = to(LECTURER, title);
        assertThat(returned).hasSize(1);
        assertThat(returned.getFirst().getSubject()).endsWith("trả lại chỉnh sửa");
        assertThat(decoded(returned.getFirst())).contains("Đề nghị bổ sung phần xử lý vi phạm của đảng viên.")
                .contains("https://daotao.example.vn/my/topics/" + topicId);

        as("lecturer", "LECTURER", () -> {
            VersionView again = plans.plan(topicId).working();
            return plans.submit(topicId, again.id(), again.entityVersion());
        });
        as("organizer", "ORGANIZER", () -> {
            VersionView waiting = plans.plan(topicId).working();
            return plans.approve(topicId, waiting.id(), waiting.entityVersion(), null);
        });
        smtp.waitForIncomingEmail(5000, 6);
        assertThat(to(LECTURER, title + ": đã duyệt")).hasSize(1);
    }

    @Test
    void aReminderGoesOutOnceThreeDaysBeforeTheDeadlineEvenWhenTheJobRunsTwiceAtOnce() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String due = "Công tác dân vận ở cơ sở (nhắc hạn)";
        String handedIn = "Công tác tổ chức cán bộ (đã nộp)";
        String later = "Công tác kiểm tra (còn xa hạn)";
        long dueTopic = topic("RM", LocalDate.of(2033, 12, 12), due);
        long inTopic = topic("RM", LocalDate.of(2033, 12, 13), handedIn);
        long laterTopic = topic("RM", LocalDate.of(2033, 12, 14), later);
        as("organizer", "ORGANIZER", () -> {
            plans.setDeadline(classOf(dueTopic), today.plusDays(3));
            plans.setDeadline(classOf(inTopic), today.plusDays(3));
            return plans.setDeadline(classOf(laterTopic), today.plusDays(4));
        });
        as("lecturer", "LECTURER", () -> {
            VersionView draft = plans.saveDraft(inTopic, null, 0, content()).plan().working();
            return plans.submit(inTopic, draft.id(), draft.entityVersion());
        });
        smtp.purgeEmailFromAllMailboxes();

        var start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> runs = List.of(
                CompletableFuture.supplyAsync(() -> await(start, reminders::remind)),
                CompletableFuture.supplyAsync(() -> await(start, reminders::remind)));
        runs.forEach(CompletableFuture::join);
        reminders.remind();
        smtp.waitForIncomingEmail(3000, 1);

        List<MimeMessage> sent = to(LECTURER, due);
        assertThat(sent).as("one reminder for the plan due in three days").hasSize(1);
        assertThat(sent.getFirst().getSubject()).contains("hạn nộp");
        assertThat(decoded(sent.getFirst())).contains("Còn 3 ngày nữa").contains("chưa được gửi duyệt")
                .contains("https://daotao.example.vn/my/topics/" + dueTopic);
        assertThat(to(LECTURER, handedIn)).as("a plan handed in needs no reminder").isEmpty();
        assertThat(to(LECTURER, later)).as("four days away is not yet").isEmpty();
    }

    private long classOf(long topicId) {
        return plans.plan(topicId).topic().classId();
    }

    private static int await(CyclicBarrier barrier, Supplier<Integer> work) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return work.get();
    }

    /** The text body as the reader sees it (quoted-printable or base64 decoded). */
    private static String decoded(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof String text ? text : GreenMailUtil.getBody(message);
    }

    private static <T> T as(String username, String role, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null,
                "ROLE_" + role));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
