package vn.lopboiduong.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.lopboiduong.klass.ClassStatus;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.TrainingClassService;
import vn.lopboiduong.lecturer.AcademicTitle;
import vn.lopboiduong.lecturer.Degree;
import vn.lopboiduong.lecturer.Lecturer;
import vn.lopboiduong.lecturer.LecturerKind;
import vn.lopboiduong.lecturer.LecturerService;
import vn.lopboiduong.plan.TrainingPlan;
import vn.lopboiduong.plan.TrainingPlanService;
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
 * Runs only with {@code app.demo-data=true} (never in the mysql profile) and only when no account exists yet.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "Demo@2025";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final UserService users;
    private final UnitService units;
    private final LecturerService lecturers;
    private final TrainingPlanService plans;
    private final TrainingClassService classes;

    DemoDataLoader(UserService users, UnitService units, LecturerService lecturers, TrainingPlanService plans,
            TrainingClassService classes) {
        this.users = users;
        this.units = units;
        this.lecturers = lecturers;
        this.plans = plans;
        this.classes = classes;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(() -> {
            if (users.count(UserService.Filter.all()) > 0) {
                return;
            }
            loadUnits();
            loadAccounts();
            loadLecturers();
            loadPlansAndClasses();
            log.info("Loaded the demo data: accounts admin, organizer, lecturer, viewer (password {})",
                    DEMO_PASSWORD);
        });
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
        long lecturerAccount = users.list(new UserService.Filter("lecturer", true),
                org.springframework.data.domain.PageRequest.of(0, 1)).getFirst().requireId();
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
        hanoi.setEndDate(LocalDate.of(2023, 4, 6));
        hanoi.setVenue("Trường Đào tạo cán bộ Lê Hồng Phong, Hà Nội");
        hanoi.setCapacity(116);
        TrainingClass created = classes.create(hanoi, new TrainingClassService.Links(planId, unitId("BTC-TUHN"),
                Set.of()));
        moveTo(created, ClassStatus.PLANNED, ClassStatus.IN_PROGRESS, ClassStatus.COMPLETED);

        var vietTri = new TrainingClass("NVCTD-VT-2025-I", "Lớp bồi dưỡng nghiệp vụ công tác Đảng", 2025);
        vietTri.setCohort("Khóa I năm 2025");
        vietTri.setAudience("Bí thư, Phó Bí thư chi bộ và cấp ủy viên các chi bộ trực thuộc Đảng bộ phường Việt Trì");
        vietTri.setObjectives("Cập nhật chủ trương, quy định mới về công tác đảng viên, sinh hoạt chi bộ, quản lý "
                + "đảng viên nơi cư trú, công tác dân vận và kiểm tra, giám sát; trao đổi kinh nghiệm thực tiễn.");
        vietTri.setStartDate(LocalDate.of(2025, 11, 12));
        vietTri.setEndDate(LocalDate.of(2025, 11, 14));
        vietTri.setVenue("Trường Chính trị tỉnh Phú Thọ");
        vietTri.setCapacity(172);
        vietTri.setAttendanceThreshold(100);
        created = classes.create(vietTri, new TrainingClassService.Links(null, unitId("TCT-PT"),
                Set.of(unitId("DU-VT"))));
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
        moveTo(created, ClassStatus.PLANNED);
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
