package vn.lopboiduong.klass;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassNameTest {

    @Test
    void theCohortIsShownOnceAfterTheName() {
        assertThat(TrainingClass.nameWithCohort("Lớp bồi dưỡng nghiệp vụ công tác Đảng", "Khóa I năm 2025"))
                .isEqualTo("Lớp bồi dưỡng nghiệp vụ công tác Đảng – Khóa I năm 2025");
        // Typed into the name as well (in another case, without diacritics): not appended a second time.
        assertThat(TrainingClass.nameWithCohort("Lớp bồi dưỡng nghiệp vụ công tác Đảng, khoa I nam 2025",
                "Khóa I năm 2025")).isEqualTo("Lớp bồi dưỡng nghiệp vụ công tác Đảng, khoa I nam 2025");
        assertThat(TrainingClass.nameWithCohort("Lớp bồi dưỡng", null)).isEqualTo("Lớp bồi dưỡng");
        assertThat(TrainingClass.nameWithCohort("Lớp bồi dưỡng", " ")).isEqualTo("Lớp bồi dưỡng");
        var row = new ClassRow(1, "X", "Lớp thứ nhất, Phó Bí thư", "Lớp thứ nhất", 2023, null, "", null, null,
                null, null, ClassStatus.DRAFT);
        assertThat(row.nameWithCohort()).isEqualTo("Lớp thứ nhất, Phó Bí thư");
    }
}
