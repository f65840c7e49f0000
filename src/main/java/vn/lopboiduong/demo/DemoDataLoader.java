package vn.lopboiduong.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.lopboiduong.decision.Decision;
import vn.lopboiduong.decision.DecisionKind;
import vn.lopboiduong.decision.DecisionService;
import vn.lopboiduong.klass.board.BoardMember;
import vn.lopboiduong.klass.board.BoardRole;
import vn.lopboiduong.klass.board.ClassBoardService;
import vn.lopboiduong.klass.programme.ApplyMode;
import vn.lopboiduong.klass.programme.ClassTopicService;
import vn.lopboiduong.klass.ClassStatus;
import vn.lopboiduong.klass.programme.ClassTopicRow;
import vn.lopboiduong.klass.timetable.TimetableService;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.lecturer.AcademicTitle;
import vn.lopboiduong.lecturer.Degree;
import vn.lopboiduong.lecturer.Lecturer;
import vn.lopboiduong.lecturer.LecturerKind;
import vn.lopboiduong.lecturer.LecturerRow;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.plan.TrainingPlan;
import vn.lopboiduong.plan.TrainingPlanService;
import vn.lopboiduong.program.Program;
import vn.lopboiduong.program.ProgramService;
import vn.lopboiduong.program.ProgramTopic;
import vn.lopboiduong.program.TopicKind;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.security.SystemAuthentication;
import vn.lopboiduong.unit.Unit;
import vn.lopboiduong.unit.UnitKind;
import vn.lopboiduong.unit.UnitService;
import vn.lopboiduong.user.UserAccount;
import vn.lopboiduong.user.UserService;

/**
 * Fills an empty embedded database with the demo accounts and the organisations of the two seed classes: the
 * provincial political school with the Việt Trì ward Party committee, and Hanoi's city Party committee board.
 * Runs only with {@code app.demo-data=true} (the dev run turns it on), only on the embedded H2 database (its
 * accounts share one published password, so it never reaches a real database even when the setting leaks there),
 * and only when no account exists yet. The test runs against MySQL/MariaDB opt in with
 * {@code app.demo-data-on-any-database=true}, which only the test configuration sets.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "Demo@2025";
    static final String EMBEDDED_PRODUCT = "H2";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DataSource dataSource;
    private final boolean anyDatabase;
    private final UserService users;
    private final UnitService units;
    private final LecturerService lecturers;
    private final TrainingPlanService plans;
    private final TrainingClassService classes;
    private final ProgramService programs;
    private final ClassTopicService programme;
    private final TimetableService timetable;
    private final ClassBoardService board;
    private final DecisionService decisions;
    private final DemoTopicPlans topicPlans;
    private final DemoTrainees demoTrainees;

    DemoDataLoader(DataSource dataSource, @Value("${app.demo-data-on-any-database:false}") boolean anyDatabase,
            UserService users, UnitService units, LecturerService lecturers, TrainingPlanService plans,
            TrainingClassService classes, ProgramService programs, ClassTopicService programme,
            TimetableService timetable, ClassBoardService board, DecisionService decisions,
            DemoTopicPlans topicPlans, DemoTrainees demoTrainees) {
        this.dataSource = dataSource;
        this.demoTrainees = demoTrainees;
        this.anyDatabase = anyDatabase;
        this.timetable = timetable;
        this.board = board;
        this.decisions = decisions;
        this.topicPlans = topicPlans;
        this.programs = programs;
        this.programme = programme;
        this.users = users;
        this.units = units;
        this.lecturers = lecturers;
        this.plans = plans;
        this.classes = classes;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        String product = databaseProduct();
        if (!mayLoad(product, anyDatabase)) {
            log.warn("app.demo-data=true is ignored: demo data is loaded only into the embedded H2 database, "
                    + "and this portal runs on {}. No demo accounts were created.", product);
            return;
        }
        SystemAuthentication.runAsSystem(() -> {
            if (users.count(UserService.Filter.all()) > 0) {
                return;
            }
            loadUnits();
            loadAccounts();
            loadLecturers();
            loadPlansAndClasses();
            topicPlans.load();
            log.info("Loaded the demo data: accounts admin, organizer, lecturer, viewer (password in the README)");
        });
    }

    /**
     * The gate: demo accounts share a published password, so they go only into the embedded H2 database, unless
     * the tests' own setting lets them into any database.
     */
    static boolean mayLoad(String databaseProductName, boolean anyDatabase) {
        return anyDatabase || EMBEDDED_PRODUCT.equalsIgnoreCase(databaseProductName);
    }

    private String databaseProduct() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }

    private void loadUnits() {
        Unit school = unit("TCT-PT", "Trường Chính trị tỉnh Phú Thọ", UnitKind.SCHOOL, null,
                "Đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ");
        unit("TCT-QLDT", "Phòng Quản lý đào tạo và Nghiên cứu khoa học", UnitKind.FACULTY, school, null);
        unit("TCT-XDD", "Khoa Xây dựng Đảng", UnitKind.FACULTY, school, null);
        unit("TCT-LLCS", "Khoa Lý luận cơ sở", UnitKind.FACULTY, school, null);
        unit("TCT-NNPL", "Khoa Nhà nước và Pháp luật", UnitKind.FACULTY, school, null);
        unit("TCT-DV", "Khoa Dân vận", UnitKind.FACULTY, school, null);

        Unit ward = unit("DU-VT", "Đảng ủy phường Việt Trì", UnitKind.PARTY_COMMITTEE, null,
                "Phường Việt Trì, tỉnh Phú Thọ");
        unit("CB-VT-TX", "Chi bộ khu Tân Xương", UnitKind.PARTY_CELL, ward, null);
        unit("CB-VT-HP", "Chi bộ khu Hòa Phong", UnitKind.PARTY_CELL, ward, null);
        unit("CB-VT-DL", "Chi bộ khu Dữu Lâu", UnitKind.PARTY_CELL, ward, null);
        unit("CB-VT-TN", "Chi bộ khu Thanh Miếu", UnitKind.PARTY_CELL, ward, null);
        unit("CB-VT-CQ", "Chi bộ cơ quan Đảng ủy phường", UnitKind.PARTY_CELL, ward, null);

        Unit hanoi = unit("TU-HN", "Thành ủy Hà Nội", UnitKind.PARTY_COMMITTEE, null, "Hà Nội");
        unit("BTC-TUHN", "Ban Tổ chức Thành ủy Hà Nội", UnitKind.PARTY_BOARD, hanoi, null);
    }

    private Unit unit(String code, String name, UnitKind kind, @Nullable Unit parent, @Nullable String address) {
        var unit = new Unit(code, name, kind, null);
        unit.setAddress(address);
        return units.create(unit, parent == null ? null : parent.requireId());
    }

    private void loadAccounts() {
        account("admin", "Quản trị hệ thống", "quantri@truongchinhtri.phutho.vn", EnumSet.of(Role.ADMIN));
        account("organizer", "Nguyễn Thị Thu Hà", "thuha.qldt@truongchinhtri.phutho.vn",
                EnumSet.of(Role.ORGANIZER));
        account("lecturer", "Hoàng Minh Tuấn", "tuan.xdd@truongchinhtri.phutho.vn", EnumSet.of(Role.LECTURER));
        account("viewer", "Nguyễn Trọng Khiêm", "khiem.pht@truongchinhtri.phutho.vn", EnumSet.of(Role.VIEWER));
    }

    private UserAccount account(String username, String fullName, String email, Set<Role> roles) {
        var account = new UserAccount(username, fullName, roles);
        account.setEmail(email);
        return users.create(account, DEMO_PASSWORD);
    }

    private void loadLecturers() {
        long lecturerAccount = users.list(new UserService.Filter("lecturer", true), PageRequest.of(0, 1))
                .getFirst().id();
        lecturer("Hoàng Minh Tuấn", LecturerKind.INTERNAL, null, Degree.MASTER,
                "Giảng viên chính, Khoa Xây dựng Đảng", "TCT-XDD", "0912 345 678", "tuan.xdd@truongchinhtri.phutho.vn",
                lecturerAccount);
        lecturer("Lê Thị Hồng Nhung", LecturerKind.INTERNAL, null, Degree.DOCTOR, "Trưởng khoa Dân vận", "TCT-DV",
                "0983 112 233", "nhung.dv@truongchinhtri.phutho.vn", null);
        lecturer("Phạm Văn Hải", LecturerKind.INTERNAL, null, Degree.MASTER,
                "Phó Trưởng khoa Nhà nước và Pháp luật", "TCT-NNPL", "0904 556 677", null, null);
        lecturer("Trần Thu Trang", LecturerKind.INTERNAL, null, Degree.MASTER, "Giảng viên, Khoa Lý luận cơ sở",
                "TCT-LLCS", null, "trang.llcs@truongchinhtri.phutho.vn", null);
        lecturer("Nguyễn Trọng Khiêm", LecturerKind.INTERNAL, null, Degree.MASTER,
                "Phó Hiệu trưởng Trường Chính trị tỉnh", "TCT-PT", null, null, null);
        lecturer("Đinh Quang Vinh", LecturerKind.GUEST, AcademicTitle.ASSOCIATE_PROFESSOR, Degree.DOCTOR,
                "Phó Trưởng Ban Tổ chức Thành ủy Hà Nội", "BTC-TUHN", null, null, null);
    }

    /** Plan 110-KH/TU and its first class (Hanoi, 2023); the Việt Trì class of 12–14/11/2025 and its successor. */
    private void loadPlansAndClasses() {
        var plan = new TrainingPlan("110-KH/TU", LocalDate.of(2022, 10, 19), "Ban Thường vụ Thành ủy Hà Nội");
        plan.setTerm("2020–2025");
        plan.setAudience("Phó Bí thư Đảng ủy xã, phường, thị trấn phụ trách công tác xây dựng Đảng");
        plan.setTargetClasses(5);
        plan.setTargetTrainees(579);
        plan.setObjectives("Trang bị, cập nhật kiến thức, kỹ năng, chuyên môn, nghiệp vụ công tác xây dựng Đảng; "
                + "nâng cao năng lực lãnh đạo, xử lý tình huống trong công tác.");
        long planId = plans.create(plan).requireId();

        var hanoi = new TrainingClass("PBT-HN-2023-01", "Lớp bồi dưỡng nâng cao năng lực lãnh đạo, quản lý cho đội "
                + "ngũ Phó Bí thư Đảng ủy xã, phường, thị trấn nhiệm kỳ 2020–2025", 2023);
        hanoi.setCohort("Lớp thứ nhất");
        hanoi.setAudience("Phó Bí thư Đảng ủy xã, phường, thị trấn phụ trách công tác xây dựng Đảng");
        hanoi.setObjectives(plan.getObjectives());
        hanoi.setStartDate(LocalDate.of(2023, 3, 27));
        hanoi.setEndDate(LocalDate.of(2023, 4, 8));
        hanoi.setVenue("Trường Đào tạo cán bộ Lê Hồng Phong, Hà Nội");
        hanoi.setCapacity(116);
        TrainingClass created = classes.create(hanoi, new TrainingClassService.Links(planId, unitId("BTC-TUHN"),
                Set.of()));
        programme.applyProgram(created.requireId(), deputySecretaryProgramme(), ApplyMode.APPEND);
        assignLecturers(created.requireId(), Map.of(
                "Tổng quan công tác xây dựng Đảng về chính trị, tư tưởng, đạo đức", "Đinh Quang Vinh",
                "Công tác tổ chức, cán bộ và đảng viên ở cơ sở", "Đinh Quang Vinh",
                "Nâng cao chất lượng sinh hoạt chi bộ", "Hoàng Minh Tuấn"));
        timetable.generateDraft(created.requireId());
        boardMember(created.requireId(), BoardRole.HEAD, "Đinh Quang Vinh", null, "Đinh Quang Vinh");
        boardMember(created.requireId(), BoardRole.DEPUTY, "Lê Văn Sơn",
                "Trưởng phòng Quản lý đào tạo, Trường Đào tạo cán bộ Lê Hồng Phong", null);
        boardMember(created.requireId(), BoardRole.MEMBER, "Vũ Đức Long", "Chuyên viên Ban Tổ chức Thành ủy Hà Nội",
                null);
        boardMember(created.requireId(), BoardRole.FORM_TEACHER, "Bùi Thị Lan",
                "Chuyên viên Ban Tổ chức Thành ủy Hà Nội", null);
        decision("4525-QĐ/TU", LocalDate.of(2023, 3, 15), "Ban Thường vụ Thành ủy Hà Nội", DecisionKind.OPEN_CLASS,
                "Mở lớp bồi dưỡng nâng cao năng lực lãnh đạo, quản lý cho đội ngũ Phó Bí thư Đảng ủy xã, phường, "
                        + "thị trấn nhiệm kỳ 2020–2025", created.requireId());
        decision("4526-QĐ/TU", LocalDate.of(2023, 3, 15), "Ban Thường vụ Thành ủy Hà Nội",
                DecisionKind.MANAGEMENT_BOARD, "Thành lập Ban Quản lý lớp bồi dưỡng Phó Bí thư Đảng ủy xã, phường, "
                        + "thị trấn, lớp thứ nhất", created.requireId());
        decision("4527-QĐ/TU", LocalDate.of(2023, 3, 15), "Ban Thường vụ Thành ủy Hà Nội",
                DecisionKind.CLASS_OFFICERS, "Thành lập Ban Cán sự lớp bồi dưỡng Phó Bí thư Đảng ủy xã, phường, "
                        + "thị trấn, lớp thứ nhất", created.requireId());
        demoTrainees.hanoi2023(created.requireId());
        moveTo(created, ClassStatus.PLANNED, ClassStatus.IN_PROGRESS, ClassStatus.COMPLETED);

        var vietTri = new TrainingClass("NVCTD-VT-2025-I", "Lớp bồi dưỡng nghiệp vụ công tác Đảng", 2025);
        vietTri.setCohort("Khóa I năm 2025");
        vietTri.setAudience("Bí thư, Phó Bí thư chi bộ và cấp ủy viên cơ sở trực thuộc Đảng bộ phường Việt Trì");
        vietTri.setObjectives("Cập nhật chủ trương, quy định mới về công tác đảng viên, sinh hoạt chi bộ, quản lý "
                + "đảng viên nơi cư trú, công tác dân vận và kiểm tra, giám sát; trao đổi kinh nghiệm thực tiễn.");
        vietTri.setStartDate(LocalDate.of(2025, 11, 12));
        vietTri.setEndDate(LocalDate.of(2025, 11, 14));
        vietTri.setVenue("Trường Chính trị tỉnh Phú Thọ");
        vietTri.setCapacity(172);
        vietTri.setAttendanceThreshold(100);
        created = classes.create(vietTri, new TrainingClassService.Links(null, unitId("TCT-PT"),
                Set.of(unitId("DU-VT"))));
        long partyWork = partyWorkProgramme();
        programme.applyProgram(created.requireId(), partyWork, ApplyMode.APPEND);
        Map<String, String> partyWorkLecturers = Map.of(
                "Khai giảng lớp học", "Nguyễn Trọng Khiêm",
                "Chủ trương, quy định mới về công tác đảng viên hiện nay", "Hoàng Minh Tuấn",
                "Chủ trương, quy định mới của Đảng về nâng cao chất lượng sinh hoạt chi bộ và quản lý đảng viên "
                        + "nơi cư trú", "Hoàng Minh Tuấn",
                "Chủ trương, quy định mới của Đảng về công tác dân vận", "Lê Thị Hồng Nhung",
                "Chủ trương, quy định mới của Đảng về công tác kiểm tra, giám sát hiện nay", "Phạm Văn Hải",
                "Nghiên cứu thực tế tại cơ sở", "Trần Thu Trang",
                "Bế giảng lớp học", "Nguyễn Trọng Khiêm");
        assignLecturers(created.requireId(), partyWorkLecturers);
        timetable.generateDraft(created.requireId());
        vietTriBoard(created.requireId());
        decision("568-QĐ/TCT", LocalDate.of(2025, 11, 3), "Trường Chính trị tỉnh Phú Thọ", DecisionKind.OPEN_CLASS,
                "Mở Lớp bồi dưỡng nghiệp vụ công tác Đảng, khóa I năm 2025, cho cấp ủy viên các chi bộ trực thuộc "
                        + "Đảng bộ phường Việt Trì", created.requireId());
        decision("602-QĐ/TCT", LocalDate.of(2025, 11, 17), "Trường Chính trị tỉnh Phú Thọ",
                DecisionKind.COMPLETION, "Công nhận 172 học viên hoàn thành Lớp bồi dưỡng nghiệp vụ công tác Đảng, "
                        + "khóa I năm 2025", created.requireId());
        List<Long> vietTriCadres = demoTrainees.vietTri2025(created.requireId());
        moveTo(created, ClassStatus.PLANNED, ClassStatus.IN_PROGRESS, ClassStatus.COMPLETED);

        var next = new TrainingClass("NVCTD-VT-2026-II", "Lớp bồi dưỡng nghiệp vụ công tác Đảng", 2026);
        next.setCohort("Khóa II năm 2026");
        next.setAudience(vietTri.getAudience());
        next.setStartDate(LocalDate.of(2026, 12, 9));
        next.setEndDate(LocalDate.of(2026, 12, 11));
        next.setVenue("Trường Chính trị tỉnh Phú Thọ");
        next.setCapacity(150);
        next.setAttendanceThreshold(100);
        created = classes.create(next, new TrainingClassService.Links(null, unitId("TCT-PT"),
                Set.of(unitId("DU-VT"))));
        programme.applyProgram(created.requireId(), partyWork, ApplyMode.APPEND);
        assignLecturers(created.requireId(), partyWorkLecturers);
        timetable.generateDraft(created.requireId());
        vietTriBoard(created.requireId());
        demoTrainees.vietTri2026(created.requireId(), vietTriCadres);
        moveTo(created, ClassStatus.PLANNED);
    }

    /** The school runs the Việt Trì classes with the ward's Party committee: both sit on the board. */
    private void vietTriBoard(long classId) {
        boardMember(classId, BoardRole.HEAD, "Nguyễn Trọng Khiêm", null, "Nguyễn Trọng Khiêm");
        // The ward's standing deputy secretary who spoke at the opening of 12/11/2025 (seed 000).
        boardMember(classId, BoardRole.DEPUTY, "Nguyễn Hùng Cường", "Phó Bí thư Thường trực Đảng ủy phường Việt Trì",
                null);
        boardMember(classId, BoardRole.FORM_TEACHER, "Trần Thu Trang", null, "Trần Thu Trang");
    }

    /** A board member; one who is in the lecturers registry is linked to it and takes their position from it. */
    private void boardMember(long classId, BoardRole role, String fullName, @Nullable String position,
            @Nullable String lecturerName) {
        var member = new BoardMember(role, fullName);
        Long lecturerId = null;
        if (lecturerName != null) {
            LecturerRow lecturer = lecturers.list(new LecturerService.Filter(lecturerName, null), PageRequest.of(0, 1))
                    .getFirst();
            lecturerId = lecturer.id();
            member.setFullName(lecturer.displayName());
            member.setPosition(lecturer.position());
        } else {
            member.setPosition(position);
        }
        board.add(classId, member, lecturerId);
    }

    private void decision(String number, LocalDate date, String issuingBody, DecisionKind kind, String summary,
            long classId) {
        decisions.create(new Decision(number, date, issuingBody, kind, summary),
                new DecisionService.Links(null, classId), null);
    }

    /** The 11-day programme of decision 4525-QĐ/TU: 17 topics and 3 discussions in the seed's five groups. */
    private long deputySecretaryProgramme() {
        var program = new Program("Bồi dưỡng nâng cao năng lực lãnh đạo, quản lý cho Phó Bí thư Đảng ủy xã, "
                + "phường, thị trấn (11 ngày)");
        program.setDescription("17 chuyên đề và 3 buổi thảo luận chuyên đề, theo Kế hoạch số 110-KH/TU.");
        long id = programs.save(program).requireId();
        String theory = "Lý luận chính trị";
        String overview = "Tổng quan công tác xây dựng Đảng";
        String city = "Phát triển kinh tế – xã hội của Thành phố";
        String grassroots = "Kiến thức, kỹ năng về hệ thống chính trị cơ sở";
        String leadership = "Kỹ năng lãnh đạo, quản lý và xử lý tình huống";
        topic(id, "Khai giảng lớp học", null, TopicKind.OPENING, 5);
        topic(id, "Một số vấn đề cơ bản của chủ nghĩa Mác – Lênin, tư tưởng Hồ Chí Minh trong giai đoạn hiện nay",
                theory, TopicKind.LECTURE, 5);
        topic(id, "Đường lối đổi mới của Đảng; Nghị quyết Đại hội XIII của Đảng", theory, TopicKind.LECTURE, 5);
        topic(id, "Tình hình thế giới, khu vực và chính sách đối ngoại của Việt Nam", theory, TopicKind.LECTURE, 5);
        topic(id, "Tổng quan công tác xây dựng Đảng về chính trị, tư tưởng, đạo đức", overview, TopicKind.LECTURE, 5);
        topic(id, "Công tác tổ chức, cán bộ và đảng viên ở cơ sở", overview, TopicKind.LECTURE, 5);
        topic(id, "Công tác kiểm tra, giám sát và kỷ luật đảng", overview, TopicKind.LECTURE, 5);
        topic(id, "Công tác dân vận của hệ thống chính trị cơ sở", overview, TopicKind.LECTURE, 5);
        topic(id, "Thảo luận: công tác xây dựng Đảng ở đảng bộ xã, phường, thị trấn", overview,
                TopicKind.DISCUSSION, 5);
        topic(id, "Tình hình, nhiệm vụ phát triển kinh tế – xã hội của Thủ đô Hà Nội", city, TopicKind.LECTURE, 5);
        topic(id, "Quy hoạch, quản lý đô thị và trật tự xây dựng ở cơ sở", city, TopicKind.LECTURE, 5);
        topic(id, "Tổ chức và hoạt động của hệ thống chính trị cấp xã", grassroots, TopicKind.LECTURE, 5);
        topic(id, "Nâng cao chất lượng sinh hoạt chi bộ", grassroots, TopicKind.LECTURE, 5);
        topic(id, "Quản lý đảng viên và công tác phát triển đảng viên", grassroots, TopicKind.LECTURE, 5);
        topic(id, "Công tác bảo vệ chính trị nội bộ", grassroots, TopicKind.LECTURE, 5);
        topic(id, "Thảo luận: sinh hoạt chi bộ và quản lý đảng viên ở cơ sở", grassroots, TopicKind.DISCUSSION, 5);
        topic(id, "Kỹ năng lãnh đạo, quản lý của Phó Bí thư đảng ủy cấp xã", leadership, TopicKind.LECTURE, 5);
        topic(id, "Kỹ năng xây dựng và tổ chức thực hiện nghị quyết", leadership, TopicKind.LECTURE, 5);
        topic(id, "Kỹ năng tiếp dân, giải quyết đơn thư, khiếu nại, tố cáo ở cơ sở", leadership,
                TopicKind.LECTURE, 5);
        topic(id, "Xử lý tình huống trong công tác xây dựng Đảng ở cơ sở", leadership, TopicKind.LECTURE, 5);
        topic(id, "Thảo luận: xử lý tình huống thường gặp của Phó Bí thư đảng ủy", leadership,
                TopicKind.DISCUSSION, 5);
        topic(id, "Bế giảng lớp học", null, TopicKind.CLOSING, 5);
        return id;
    }

    /** The 3-day programme of the Việt Trì class: four topics, a field study, opening and closing. */
    private long partyWorkProgramme() {
        var program = new Program("Bồi dưỡng nghiệp vụ công tác Đảng cho bí thư, phó bí thư, chi ủy viên (3 ngày)");
        program.setDescription("Cập nhật chủ trương, quy định mới và nghiên cứu thực tế tại cơ sở.");
        long id = programs.save(program).requireId();
        String partyWork = "Nghiệp vụ công tác Đảng";
        topic(id, "Khai giảng lớp học", null, TopicKind.OPENING, 1);
        topic(id, "Chủ trương, quy định mới về công tác đảng viên hiện nay", partyWork, TopicKind.LECTURE, 4,
                "Nắm được những điểm mới trong quy định về công tác đảng viên; vận dụng vào quản lý, phát triển "
                        + "đảng viên ở chi bộ.",
                """
                1. Những điểm mới của Điều lệ Đảng và các hướng dẫn về công tác đảng viên
                2. Kết nạp đảng viên, công nhận đảng viên chính thức
                3. Quản lý hồ sơ, chuyển sinh hoạt đảng và đánh giá, xếp loại đảng viên""");
        topic(id, "Chủ trương, quy định mới của Đảng về nâng cao chất lượng sinh hoạt chi bộ và quản lý đảng viên "
                + "nơi cư trú", partyWork, TopicKind.LECTURE, 5,
                "Hiểu yêu cầu nâng cao chất lượng sinh hoạt chi bộ; biết tổ chức sinh hoạt chuyên đề và quản lý "
                        + "đảng viên nơi cư trú.",
                """
                - Quy định, hướng dẫn mới về sinh hoạt chi bộ
                - Quy trình, nội dung sinh hoạt chi bộ thường kỳ và chuyên đề
                - Đảng viên đang công tác giữ mối liên hệ với chi ủy và nhân dân nơi cư trú""");
        topic(id, "Chủ trương, quy định mới của Đảng về công tác dân vận", partyWork, TopicKind.LECTURE, 5,
                "Nắm vững quan điểm, chủ trương mới của Đảng về công tác dân vận trong tình hình mới.",
                """
                1. Quan điểm của Đảng về công tác dân vận
                2. Quy chế dân chủ ở cơ sở
                3. Phong trào thi đua “Dân vận khéo”""");
        topic(id, "Chủ trương, quy định mới của Đảng về công tác kiểm tra, giám sát hiện nay", partyWork,
                TopicKind.LECTURE, 5);
        topic(id, "Nghiên cứu thực tế tại cơ sở", "Nghiên cứu thực tế", TopicKind.FIELD_STUDY, 5);
        topic(id, "Bế giảng lớp học", null, TopicKind.CLOSING, 2);
        return id;
    }

    private void topic(long programId, String title, @Nullable String group, TopicKind kind, int periods) {
        programs.addTopic(programId, new ProgramTopic(title, group, kind, periods));
    }

    /** A programme item with the programme's word on its content, from which lecturers' plans may start. */
    private void topic(long programId, String title, String group, TopicKind kind, int periods, String objectives,
            String mainContent) {
        var topic = new ProgramTopic(title, group, kind, periods);
        topic.setObjectives(objectives);
        topic.setMainContent(mainContent);
        programs.addTopic(programId, topic);
    }

    private void assignLecturers(long classId, Map<String, String> lecturerByTitle) {
        for (ClassTopicRow row : programme.topics(classId)) {
            String name = lecturerByTitle.get(row.title());
            if (name != null) {
                long lecturerId = lecturers.list(new LecturerService.Filter(name, null), PageRequest.of(0, 1))
                        .getFirst().id();
                programme.updateTopic(programme.getTopic(row.id()), lecturerId);
            }
        }
    }

    private void moveTo(TrainingClass trainingClass, ClassStatus... path) {
        TrainingClass current = trainingClass;
        for (ClassStatus status : path) {
            current = classes.changeStatus(current.requireId(), current.getVersion(), status);
        }
    }

    private long unitId(String code) {
        return units.findByCode(code).orElseThrow().requireId();
    }

    private void lecturer(String fullName, LecturerKind kind, @Nullable AcademicTitle title, Degree degree,
            String position, String unitCode, @Nullable String phone, @Nullable String email,
            @Nullable Long userId) {
        var lecturer = new Lecturer(fullName, kind);
        lecturer.setAcademicTitle(title);
        lecturer.setDegree(degree);
        lecturer.setPosition(position);
        lecturer.setPhone(phone);
        lecturer.setEmail(email);
        lecturers.create(lecturer, unitId(unitCode), userId);
    }
}
