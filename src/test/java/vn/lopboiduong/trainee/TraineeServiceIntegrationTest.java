package vn.lopboiduong.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.lopboiduong.base.domain.BusinessException;
import vn.lopboiduong.trainee.TraineeService.Filter;
import vn.lopboiduong.trainee.TraineeService.Links;
import vn.lopboiduong.unit.UnitService;

/**
 * The trainee registry per role: the committee records people, leaders read, lecturers do not see the registry.
 * Names carry a random suffix: the registry is shared by every test of the JVM.
 */
@SpringBootTest
class TraineeServiceIntegrationTest {

    @Autowired
    TraineeService trainees;

    @Autowired
    UnitService units;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long unit(String code) {
        return as("organizer", "ORGANIZER", () -> units.findByCode(code).orElseThrow().requireId());
    }

    private long option(OptionKind kind, String name) {
        return as("organizer", "ORGANIZER", () -> trainees.options(kind).stream()
                .filter(o -> o.getName().equals(name)).findFirst().orElseThrow().requireId());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** A citizen ID nobody else in the shared database has. */
    private static String citizenId() {
        return String.format("0251%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static Trainee person(String name, LocalDate born) {
        var trainee = new Trainee(name);
        trainee.setGender(Gender.MALE);
        trainee.setBirthDate(born);
        return trainee;
    }

    @Test
    void theCommitteeRecordsAPersonWhomSearchFindsWithoutDiacriticsAndByTheirUnitsParent() {
        String suffix = unique();
        long cell = unit("CB-VT-TX");
        long secretary = option(OptionKind.POSITION, "Bí thư");
        String citizenId = citizenId();
        Trainee saved = as("organizer", "ORGANIZER", () -> {
            var trainee = person("Nguyễn Văn Đức " + suffix, LocalDate.of(1975, 4, 30));
            trainee.setWorkplace("Ủy ban nhân dân phường Việt Trì");
            trainee.setPhone("0912 345 678");
            // Lists often space the digits; the record keeps them alone.
            trainee.setCitizenId(citizenId.substring(0, 4) + " " + citizenId.substring(4, 8) + " "
                    + citizenId.substring(8));
            return trainees.create(trainee, new Links(secretary, cell, null, null), false);
        });
        assertThat(saved.getBirthYear()).isEqualTo(1975);

        as("viewer", "VIEWER", () -> {
            assertThat(trainees.list(Filter.text("nguyen van duc " + suffix), PageRequest.of(0, 10)))
                    .extracting(TraineeRow::fullName).containsExactly("Nguyễn Văn Đức " + suffix);
            assertThat(trainees.list(Filter.text("tan xuong " + suffix), PageRequest.of(0, 10))).hasSize(1);
            assertThat(trainees.list(Filter.text(citizenId), PageRequest.of(0, 10))).hasSize(1);
            assertThat(trainees.list(Filter.text("0912 345 678 " + suffix), PageRequest.of(0, 10))).hasSize(1);
            // The ward's Party committee holds the cell: filtering by it finds the cell's people.
            assertThat(trainees.list(new Filter(suffix, unit("DU-VT"), null), PageRequest.of(0, 10))).hasSize(1);
            assertThat(trainees.list(new Filter(suffix, unit("TU-HN"), null), PageRequest.of(0, 10))).isEmpty();
            assertThat(trainees.count(new Filter(suffix, null, secretary))).isEqualTo(1);
            TraineeRow row = trainees.list(Filter.text(suffix), PageRequest.of(0, 1)).getFirst();
            assertThat(row.positionName()).isEqualTo("Bí thư");
            assertThat(row.unitName()).isEqualTo("Chi bộ khu Tân Xương");
            assertThat(row.born()).isEqualTo("30/04/1975");
            return null;
        });
    }

    @Test
    void theFilteredListExportsToExcelWithTextKeptAsText() throws Exception {
        String suffix = unique();
        as("organizer", "ORGANIZER", () -> {
            for (String name : java.util.List.of("Hà Văn Xuất", "Hà Thị Xuất")) {
                var trainee = person(name + " " + suffix, LocalDate.of(1982, 6, 1));
                trainee.setPhone("0987654321");
                trainees.create(trainee, Links.none(), true);
            }
            return null;
        });
        TraineeService.Export file = as("viewer", "VIEWER",
                () -> trainees.exportXlsx(Filter.text("xuat " + suffix), java.util.Locale.forLanguageTag("vi")));
        assertThat(file.fileName()).isEqualTo("danh-sach-hoc-vien.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(file.content()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getLastRowNum()).as("a header and the two people found").isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Hà Thị Xuất " + suffix);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("01/06/1982");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).as("the leading 0 kept")
                    .isEqualTo("0987654321");
        }
        assertThatThrownBy(() -> as("lecturer", "LECTURER", () -> trainees.exportXlsx(Filter.text(null),
                java.util.Locale.ROOT))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPossibleDuplicateIsProposedUntilConfirmedAndACitizenIdIsNeverTwice() {
        String name = "Trần Thị Hoa " + unique();
        long cell = unit("CB-VT-HP");
        as("organizer", "ORGANIZER", () -> {
            var first = person(name, LocalDate.of(1980, 1, 5));
            first.setCitizenId(citizenId());
            return trainees.create(first, new Links(null, cell, null, null), false);
        });
        as("organizer", "ORGANIZER", () -> {
            // Same folded name and date of birth, written without diacritics.
            var again = person(name.replace("Trần Thị", "Tran Thi"), LocalDate.of(1980, 1, 5));
            assertThat(trainees.matches(again, null)).extracting(TraineeRow::fullName).containsExactly(name);
            assertThatThrownBy(() -> trainees.create(again, Links.none(), false))
                    .isInstanceOf(BusinessException.class).hasMessageStartingWith("trainee.error.possible-duplicate");
            // Same name and year in the same cell, the date unknown.
            var byYear = new Trainee(name);
            byYear.setBirthYear(1980);
            assertThat(trainees.matches(byYear, cell)).hasSize(1);
            assertThat(trainees.matches(byYear, unit("CB-VT-DL"))).as("another cell: another person").isEmpty();
            // Someone else of the same name, born another day: recorded once confirmed.
            var namesake = person(name, LocalDate.of(1991, 9, 2));
            assertThat(trainees.matches(namesake, null)).isEmpty();
            assertThat(trainees.create(namesake, Links.none(), false).getId()).isNotNull();
            return null;
        });
        String citizenId = as("viewer", "VIEWER", () -> trainees.list(Filter.text(name), PageRequest.of(0, 5))
                .stream().filter(r -> r.citizenId() != null).findFirst().orElseThrow().citizenId());
        as("organizer", "ORGANIZER", () -> {
            var other = person("Lê Văn Khác " + unique(), LocalDate.of(1970, 2, 2));
            other.setCitizenId(citizenId);
            assertThatThrownBy(() -> trainees.create(other, Links.none(), true))
                    .isInstanceOf(BusinessException.class).hasMessageStartingWith("trainee.error.citizen-id-taken");
            return null;
        });
    }

    @Test
    void badInputIsRefusedAndAStaleEditLosesNothing() {
        as("organizer", "ORGANIZER", () -> {
            var shortId = person("Phạm Văn Ngắn " + unique(), LocalDate.of(1985, 3, 3));
            shortId.setCitizenId("12345");
            assertThatThrownBy(() -> trainees.create(shortId, Links.none(), true))
                    .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("citizenId");
            var mismatched = person("Phạm Văn Lệch " + unique(), LocalDate.of(1985, 3, 3));
            mismatched.setBirthYear(1986);
            assertThatThrownBy(() -> trainees.create(mismatched, Links.none(), true))
                    .isInstanceOf(ConstraintViolationException.class);
            assertThatThrownBy(() -> trainees.create(person("Phạm Văn Sai " + unique(), LocalDate.of(1985, 3, 3)),
                    new Links(option(OptionKind.THEORY_LEVEL, "Cao cấp"), null, null, null), true))
                    .as("a theory level is no position").isInstanceOf(BusinessException.class);

            Trainee saved = trainees.create(person("Phạm Văn Sửa " + unique(), LocalDate.of(1985, 3, 3)),
                    Links.none(), true);
            Trainee mine = trainees.get(saved.requireId()).orElseThrow();
            Trainee theirs = trainees.get(saved.requireId()).orElseThrow();
            theirs.setWorkplace("Đảng ủy phường Nông Trang");
            trainees.update(theirs, Links.none());
            mine.setWorkplace("Ủy ban nhân dân phường Gia Cẩm");
            assertThatThrownBy(() -> trainees.update(mine, Links.none()))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            assertThat(trainees.get(saved.requireId()).orElseThrow().getWorkplace())
                    .isEqualTo("Đảng ủy phường Nông Trang");
            return null;
        });
    }

    @Test
    void onlyTheCommitteeChangesTheRegistryAndLecturersDoNotReadIt() {
        assertThatThrownBy(() -> as("viewer", "VIEWER",
                () -> trainees.create(person("Người Xem " + unique(), LocalDate.of(1980, 1, 1)), Links.none(), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("lecturer", "LECTURER",
                () -> trainees.create(person("Giảng Viên " + unique(), LocalDate.of(1980, 1, 1)), Links.none(),
                        true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("lecturer", "LECTURER", () -> trainees.count(Filter.text(null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static <T> T as(String username, String role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null,
                "ROLE_" + role));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
