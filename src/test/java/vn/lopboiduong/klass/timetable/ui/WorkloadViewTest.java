package vn.lopboiduong.klass.timetable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.lopboiduong.klass.timetable.LecturerWorkload;
import vn.lopboiduong.program.TopicKind;

@SpringBootTest
class WorkloadViewTest extends SpringBrowserlessTest {

    private WorkloadView open(String query) {
        UI.getCurrent().navigate("lecturers/workload", QueryParameters.fromString(query));
        return (WorkloadView) getCurrentView();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aLeaderReadsTheYearOfTheAddressWithPeriodsByKindAndAnExport() {
        WorkloadView view = open("year=2023");
        assertThat(view.selectedYear()).isEqualTo(2023);
        var rows = test(view.grid);
        var all = IntStream.range(0, rows.size()).mapToObj(rows::getRow).toList();
        // The Hà Nội class of 2023: Đinh Quang Vinh teaches in it.
        LecturerWorkload vinh = all.stream().filter(row -> row.lecturerName().contains("Đinh Quang Vinh"))
                .findFirst().orElseThrow();
        assertThat(vinh.periods()).isPositive();
        assertThat(vinh.classes()).isEqualTo(1);
        // By name at first (the database's collation orders them: Đ sorts with D there, not in Java).
        assertThat(view.grid.getSortOrder()).singleElement().satisfies(order -> {
            assertThat(order.getSorted()).isSameAs(view.grid.getColumns().getFirst());
            assertThat(order.getDirection()).isEqualTo(com.vaadin.flow.data.provider.SortDirection.ASCENDING);
        });
        assertThat(view.grid.getColumnByKey(TopicKind.LECTURE.name()).getHeaderText()).isEqualTo("Bài giảng");
        assertThat(view.export.getHref()).isNotBlank();

        // 2024 had no sessions (TestData): choosing it empties the list.
        view.year.setValue(2024);
        assertThat(test(view.grid).size()).isZero();
    }
}
