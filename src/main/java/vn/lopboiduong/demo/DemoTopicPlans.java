package vn.lopboiduong.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.klass.programme.ClassTopicRow;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.topicplan.PlanContent;
import vn.lopboiduong.topicplan.PlanContent.Section;
import vn.lopboiduong.topicplan.TopicPlanService;
import vn.lopboiduong.topicplan.TopicPlanService.PlanView;
import vn.lopboiduong.topicplan.TopicPlanService.VersionView;

/**
 * Topic plans in every state, so that a first look shows the workflow: the Việt Trì class of 2025 ran on approved
 * plans; for its successor of December 2026 one plan waits for review, one was returned with a comment, and the
 * class's own deadline has passed for the others; in the Hanoi class an approved plan is being revised. The demo
 * lecturer (ThS. Hoàng Minh Tuấn, account "lecturer") writes and submits their own plans; the committee enters
 * those of lecturers without an account.
 */
@Component
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoTopicPlans {

    private static final String MEMBERS = "Chủ trương, quy định mới về công tác đảng viên hiện nay";
    private static final String CELL_MEETINGS = "Chủ trương, quy định mới của Đảng về nâng cao chất lượng sinh hoạt "
            + "chi bộ và quản lý đảng viên nơi cư trú";
    private static final String MASS_MOBILISATION = "Chủ trương, quy định mới của Đảng về công tác dân vận";
    private static final String INSPECTION = "Chủ trương, quy định mới của Đảng về công tác kiểm tra, giám sát "
            + "hiện nay";
    private static final String FIELD_STUDY = "Nghiên cứu thực tế tại cơ sở";
    private static final String HANOI_CELL_MEETINGS = "Nâng cao chất lượng sinh hoạt chi bộ";

    private final TrainingClassService classes;
    private final ClassTopicService programme;
    private final TopicPlanService plans;

    DemoTopicPlans(TrainingClassService classes, ClassTopicService programme, TopicPlanService plans) {
        this.classes = classes;
        this.programme = programme;
        this.plans = plans;
    }

    /** Runs as the system (the committee), after the classes and their programmes exist. */
    void load() {
        long vietTri = classId("NVCTD-VT-2025-I");
        long next = classId("NVCTD-VT-2026-II");
        long hanoi = classId("PBT-HN-2023-01");

        asLecturer(() -> submitted(topic(vietTri, MEMBERS), members()));
        approve(topic(vietTri, MEMBERS));
        asLecturer(() -> submitted(topic(vietTri, CELL_MEETINGS), cellMeetings()));
        approve(topic(vietTri, CELL_MEETINGS));
        submitted(topic(vietTri, MASS_MOBILISATION), massMobilisation());
        approve(topic(vietTri, MASS_MOBILISATION));
        submitted(topic(vietTri, INSPECTION), inspection());
        approve(topic(vietTri, INSPECTION));
        submitted(topic(vietTri, FIELD_STUDY), fieldStudy());
        approve(topic(vietTri, FIELD_STUDY));

        // December 2026: the committee wants the plans by 25/11, so those not handed in are overdue.
        plans.setDeadline(next, LocalDate.of(2026, 11, 25));
        long nextMembers = topic(next, MEMBERS);
        asLecturer(() -> {
            PlanView copied = plans.copyFrom(nextMembers, null, 0, topic(vietTri, MEMBERS)).plan();
            submit(nextMembers, copied.working());
        });
        long nextCells = topic(next, CELL_MEETINGS);
        asLecturer(() -> submitted(nextCells, cellMeetings()));
        VersionView waiting = plans.plan(nextCells).working();
        plans.returnPlan(nextCells, waiting.id(), waiting.entityVersion(), "Đề nghị đồng chí cập nhật Quy định số "
                + "232-QĐ/TW ngày 25/01/2025 về thi hành Điều lệ Đảng và bổ sung một tình huống về đảng viên đi làm ăn "
                + "xa không sinh hoạt nơi cư trú vào phần câu hỏi thảo luận.");
        plans.saveDraft(topic(next, INSPECTION), null, 0, inspection());

        long hanoiCells = topic(hanoi, HANOI_CELL_MEETINGS);
        asLecturer(() -> submitted(hanoiCells, cellMeetings()));
        approve(hanoiCells);
        asLecturer(() -> {
            VersionView approved = plans.plan(hanoiCells).working();
            plans.revise(hanoiCells, approved.id(), approved.entityVersion());
        });
    }

    private long classId(String code) {
        return classes.list(new TrainingClassService.Filter(code, null, null, null, null), PageRequest.of(0, 1))
                .getFirst().id();
    }

    private long topic(long classId, String title) {
        return programme.topics(classId).stream().filter(row -> row.title().equals(title)).findFirst()
                .map(ClassTopicRow::id).orElseThrow();
    }

    private void submitted(long topicId, PlanContent content) {
        submit(topicId, plans.saveDraft(topicId, null, 0, content).plan().working());
    }

    private void submit(long topicId, VersionView working) {
        plans.submit(topicId, working.id(), working.entityVersion());
    }

    private void approve(long topicId) {
        VersionView working = plans.plan(topicId).working();
        plans.approve(topicId, working.id(), working.entityVersion(), null);
    }

    /** Steps the demo lecturer takes from their own account, so that the history names them. */
    private static void asLecturer(Runnable step) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("lecturer", null,
                List.of(new SimpleGrantedAuthority(Role.LECTURER.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            step.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static PlanContent members() {
        return new PlanContent(
                "Nắm được những điểm mới trong Điều lệ Đảng và các quy định, hướng dẫn của Trung ương về công tác "
                        + "đảng viên: kết nạp, quản lý, đánh giá, xếp loại và miễn sinh hoạt đảng.",
                "Vận dụng được quy trình phát triển đảng viên, quản lý hồ sơ đảng viên và nhận xét đảng viên ở chi bộ.",
                "Nâng cao trách nhiệm của cấp ủy viên trong xây dựng đội ngũ đảng viên; giữ nghiêm kỷ luật, kỷ cương.",
                List.of(new Section("Những vấn đề chung về công tác đảng viên",
                                "Vị trí, vai trò của đảng viên; yêu cầu xây dựng đội ngũ đảng viên trong tình hình "
                                        + "mới.", 1),
                        new Section("Những điểm mới về kết nạp và quản lý đảng viên",
                                "Quy định thi hành Điều lệ Đảng; quản lý hồ sơ, chuyển sinh hoạt đảng.", 2),
                        new Section("Đánh giá, xếp loại chất lượng đảng viên",
                                "Tiêu chí, quy trình đánh giá hằng năm; liên hệ thực tiễn các chi bộ phường.", 1)),
                "Thuyết trình kết hợp nêu vấn đề; trao đổi tình huống thực tế của các chi bộ.",
                "Điều lệ Đảng Cộng sản Việt Nam; Quy định số 232-QĐ/TW ngày 25/01/2025 về thi hành Điều lệ Đảng; "
                        + "Hướng dẫn số 06-HD/TW ngày 09/6/2022.",
                "1. Chi bộ của đồng chí gặp khó khăn gì trong phát triển đảng viên?\n2. Làm gì để việc đánh giá, "
                        + "xếp loại đảng viên thực chất?",
                "Đọc trước Quy định số 232-QĐ/TW; mang theo số liệu đảng viên của chi bộ.");
    }

    private static PlanContent cellMeetings() {
        return new PlanContent(
                "Nắm được các quy định, hướng dẫn mới về nội dung, quy trình sinh hoạt chi bộ và quản lý đảng viên "
                        + "nơi cư trú.",
                "Chuẩn bị và điều hành được buổi sinh hoạt chi bộ thường kỳ, chuyên đề; phối hợp quản lý đảng viên "
                        + "thường xuyên công tác ở nơi cư trú.",
                "Phát huy dân chủ, tự phê bình và phê bình trong sinh hoạt chi bộ.",
                List.of(new Section("Sinh hoạt chi bộ: yêu cầu và những điểm mới",
                                "Hướng dẫn số 12-HD/BTCTW về nâng cao chất lượng sinh hoạt chi bộ.", 2),
                        new Section("Quy trình một buổi sinh hoạt chi bộ",
                                "Chuẩn bị, tiến hành, kết luận; ghi biên bản và theo dõi thực hiện nghị quyết.", 2),
                        new Section("Quản lý đảng viên nơi cư trú",
                                "Mối quan hệ giữa chi bộ nơi công tác và chi bộ nơi cư trú; tình huống thường "
                                        + "gặp.", 1)),
                "Thuyết trình, nêu vấn đề; làm việc nhóm xây dựng kịch bản một buổi sinh hoạt chi bộ.",
                "Hướng dẫn số 12-HD/BTCTW ngày 18/10/2018; Quy định số 213-QĐ/TW ngày 02/01/2020 về trách nhiệm của "
                        + "đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng nơi cư trú.",
                "1. Vì sao nhiều buổi sinh hoạt chi bộ còn đơn điệu?\n2. Chi bộ xử lý thế nào khi đảng viên không "
                        + "giữ mối liên hệ với nơi cư trú?",
                "Mang theo một biên bản sinh hoạt chi bộ gần đây (đã bỏ thông tin cá nhân).");
    }

    private static PlanContent massMobilisation() {
        return new PlanContent(
                "Nắm được quan điểm của Đảng về công tác dân vận và Quy chế dân chủ ở cơ sở.",
                "Vận dụng phương pháp \"dân vận khéo\" trong vận động nhân dân ở tổ dân phố.",
                "Gần dân, trọng dân, có trách nhiệm với dân.",
                List.of(new Section("Quan điểm của Đảng về công tác dân vận", null, 2),
                        new Section("Thực hiện dân chủ ở cơ sở", "Luật Thực hiện dân chủ ở cơ sở năm 2022.", 2),
                        new Section("Phong trào thi đua \"Dân vận khéo\"", "Mô hình tiêu biểu của phường Việt "
                                + "Trì.", 1)),
                "Thuyết trình, giới thiệu mô hình điển hình, thảo luận.",
                "Nghị quyết số 25-NQ/TW ngày 03/6/2013; Luật Thực hiện dân chủ ở cơ sở năm 2022.",
                "Chi bộ đã vận động nhân dân tham gia chỉnh trang đô thị như thế nào?",
                "Tìm hiểu một mô hình \"dân vận khéo\" ở địa bàn.");
    }

    private static PlanContent inspection() {
        return new PlanContent(
                "Nắm được quy định mới về công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng.",
                "Xây dựng được chương trình kiểm tra, giám sát hằng năm của chi bộ.",
                "Nghiêm túc, khách quan, công tâm trong kiểm tra, giám sát.",
                List.of(new Section("Những điểm mới về kiểm tra, giám sát",
                                "Quy định số 296-QĐ/TW ngày 30/5/2025.", 3),
                        new Section("Kiểm tra, giám sát ở chi bộ", "Lập kế hoạch, tiến hành và kết luận.", 2)),
                "Thuyết trình kết hợp phân tích tình huống.",
                "Quy định số 296-QĐ/TW ngày 30/5/2025 về công tác kiểm tra, giám sát và kỷ luật của Đảng.",
                "Chi bộ giám sát đảng viên thường xuyên bằng những cách nào?",
                "Mang theo chương trình kiểm tra, giám sát năm 2025 của chi bộ.");
    }

    private static PlanContent fieldStudy() {
        return new PlanContent(
                "Tìm hiểu thực tiễn công tác xây dựng Đảng, tổ chức sinh hoạt chi bộ ở một đảng bộ cơ sở.",
                "Trao đổi, chia sẻ kinh nghiệm xử lý tình huống phát sinh ở cơ sở.",
                "Học tập cách làm hay, vận dụng sáng tạo vào chi bộ mình.",
                List.of(new Section("Nghe báo cáo của đảng ủy cơ sở", null, 2),
                        new Section("Trao đổi, thảo luận với cấp ủy cơ sở", null, 2),
                        new Section("Viết thu hoạch", null, 1)),
                "Nghiên cứu thực tế theo đoàn, có giảng viên hướng dẫn.",
                "Báo cáo kết quả công tác xây dựng Đảng của đảng bộ cơ sở được chọn.",
                "Bài học nào từ cơ sở có thể áp dụng ngay ở chi bộ của đồng chí?",
                "Chuẩn bị câu hỏi trao đổi với cấp ủy cơ sở; trang phục lịch sự.");
    }
}
