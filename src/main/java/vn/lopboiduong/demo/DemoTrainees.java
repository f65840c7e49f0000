package vn.lopboiduong.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lopboiduong.enrollment.EnrollmentService;
import vn.lopboiduong.trainee.Gender;
import vn.lopboiduong.trainee.OptionKind;
import vn.lopboiduong.trainee.Trainee;
import vn.lopboiduong.trainee.TraineeOption;
import vn.lopboiduong.trainee.TraineeService;
import vn.lopboiduong.unit.UnitService;

/**
 * The demo classes' trainees, generated the same way on every start (fixed seeds): the 172 secretaries, deputy
 * secretaries and committee members of the Việt Trì ward's Party cells in the class of 2025, of whom some come
 * back to the class of December 2026 with a few newcomers; and the 116 deputy secretaries of Hanoi's communes and
 * wards in the class of 2023. The names are invented from common Vietnamese family, middle and given names.
 */
@Component
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoTrainees {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi",
        "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đào", "Cao"};
    private static final String[] MIDDLE_MALE = {"Văn", "Đức", "Minh", "Quang", "Xuân", "Hữu", "Thanh", "Công",
        "Mạnh", "Tiến"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Kim", "Minh", "Phương"};
    private static final String[] GIVEN_MALE = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Long", "Nam",
        "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Hiếu", "Khánh", "Trung", "Thành", "Đạt", "Kiên"};
    private static final String[] GIVEN_FEMALE = {"Hà", "Hạnh", "Hoa", "Hương", "Lan", "Mai", "Nga", "Phương",
        "Tâm", "Thảo", "Trang", "Vân", "Yến", "Huyền", "Linh", "Nhung", "Oanh", "Thủy"};
    private static final String[] VIET_TRI_CELLS = {"CB-VT-TX", "CB-VT-HP", "CB-VT-DL", "CB-VT-TN", "CB-VT-CQ"};
    private static final String[] HANOI_PLACES = {"phường Phúc Xá", "phường Trúc Bạch", "phường Cửa Đông",
        "phường Hàng Bạc", "phường Láng Hạ", "phường Dịch Vọng", "phường Mai Dịch", "xã Đông Anh", "xã Kim Chung",
        "xã Phù Đổng", "xã Bát Tràng", "xã Thanh Trì", "xã Tả Thanh Oai", "xã Hồng Vân", "xã Sơn Đồng",
        "phường Yên Nghĩa", "xã Vân Canh", "phường Thượng Thanh", "xã Ninh Hiệp", "phường Định Công"};

    private final TraineeService trainees;
    private final EnrollmentService enrollments;
    private final UnitService units;

    DemoTrainees(TraineeService trainees, EnrollmentService enrollments, UnitService units) {
        this.trainees = trainees;
        this.enrollments = enrollments;
        this.units = units;
    }

    /** The Việt Trì class of 2025: 172 cadres of the ward's cells, enrolled; returns them in order. */
    @Transactional
    public List<Long> vietTri2025(long classId) {
        var random = new Random(2025);
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 172; i++) {
            String cell = VIET_TRI_CELLS[i % VIET_TRI_CELLS.length];
            String position = i < 10 ? "Bí thư" : i < 40 ? "Phó Bí thư" : "Chi ủy viên";
            people.add(person(random, "0251" + String.format("%08d", 10_000_000 + i), position, cell, null));
        }
        enrollments.enrolAll(classId, people);
        return people;
    }

    /** The class of December 2026: thirty who came in 2025 (the history shows both) and twelve newcomers. */
    @Transactional
    public void vietTri2026(long classId, List<Long> from2025) {
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 30 && i < from2025.size(); i++) {
            people.add(from2025.get(i * 5 % from2025.size()));
        }
        var random = new Random(2026);
        for (int i = 0; i < 12; i++) {
            String cell = VIET_TRI_CELLS[i % VIET_TRI_CELLS.length];
            people.add(person(random, "0251" + String.format("%08d", 20_000_000 + i), "Chi ủy viên", cell, null));
        }
        enrollments.enrolAll(classId, people);
    }

    /** The Hanoi class of 2023: 116 deputy secretaries of communes and wards. */
    @Transactional
    public void hanoi2023(long classId) {
        var random = new Random(2023);
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 116; i++) {
            String place = HANOI_PLACES[i % HANOI_PLACES.length];
            people.add(person(random, "0011" + String.format("%08d", 30_000_000 + i), "Phó Bí thư", null,
                    "Đảng ủy " + place));
        }
        enrollments.enrolAll(classId, people);
    }

    private long person(Random random, String citizenId, String positionName, @Nullable String cellCode,
            @Nullable String workplace) {
        boolean male = random.nextInt(100) < 62;
        String name = FAMILY[random.nextInt(FAMILY.length)] + " "
                + (male ? MIDDLE_MALE[random.nextInt(MIDDLE_MALE.length)]
                        : MIDDLE_FEMALE[random.nextInt(MIDDLE_FEMALE.length)]) + " "
                + (male ? GIVEN_MALE[random.nextInt(GIVEN_MALE.length)]
                        : GIVEN_FEMALE[random.nextInt(GIVEN_FEMALE.length)]);
        var trainee = new Trainee(name);
        trainee.setGender(male ? Gender.MALE : Gender.FEMALE);
        LocalDate born = LocalDate.of(1964 + random.nextInt(28), 1 + random.nextInt(12), 1 + random.nextInt(28));
        // Some lists give only the year.
        if (random.nextInt(10) == 0) {
            trainee.setBirthYear(born.getYear());
        } else {
            trainee.setBirthDate(born);
        }
        trainee.setEthnicity("Kinh");
        trainee.setPhone("09" + (12_000_000 + random.nextInt(87_999_999)));
        trainee.setCitizenId(citizenId);
        Long unitId = cellCode == null ? null : units.findByCode(cellCode).orElseThrow().requireId();
        trainee.setWorkplace(workplace != null ? workplace : "Khu dân cư thuộc phường Việt Trì");
        return trainees.create(trainee, new TraineeService.Links(option(OptionKind.POSITION, positionName), unitId,
                option(OptionKind.THEORY_LEVEL, random.nextBoolean() ? "Trung cấp" : "Sơ cấp"),
                option(OptionKind.EDUCATION_LEVEL, random.nextInt(4) == 0 ? "Thạc sĩ" : "Đại học")), true)
                .requireId();
    }

    private final java.util.Map<String, Long> optionIds = new java.util.HashMap<>();

    private long option(OptionKind kind, String name) {
        return optionIds.computeIfAbsent(kind + "/" + name, key -> trainees.options(kind).stream()
                .filter(option -> option.getName().equals(name)).map(TraineeOption::requireId).findFirst()
                .orElseThrow());
    }
}
