package vn.lopboiduong.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.annotation.Transactional;

/**
 * V9 on a database that already holds units and classes: the demo rows are blanked, refilled by the migration's
 * steps, and the test's transaction rolls everything back.
 */
@SpringBootTest
@Transactional
class SearchAndTreeOrderMigrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void existingUnitsGetTheirTreePathAndClassesAKeyWithTheirAudience() throws SQLException {
        jdbc.update("UPDATE unit SET tree_path = ''");
        jdbc.update("UPDATE training_class SET search_key = ''");
        var connection = DataSourceUtils.getConnection(dataSource);

        SearchAndTreeOrderMigration.fillTreePaths(connection);
        SearchAndTreeOrderMigration.rebuildClassSearchKeys(connection);

        assertThat(jdbc.queryForObject("SELECT tree_path FROM unit WHERE code = 'DU-VT'", String.class))
                .isEqualTo("/DU-VT/");
        assertThat(jdbc.queryForObject("SELECT tree_path FROM unit WHERE code = 'CB-VT-TX'", String.class))
                .isEqualTo("/DU-VT/CB-VT-TX/");
        assertThat(jdbc.queryForObject("SELECT tree_path FROM unit WHERE code = 'BTC-TUHN'", String.class))
                .isEqualTo("/TU-HN/BTC-TUHN/");
        assertThat(jdbc.queryForObject("SELECT search_key FROM training_class WHERE code = 'NVCTD-VT-2025-I'",
                String.class)).startsWith("nvctd-vt-2025-i lop boi duong nghiep vu cong tac dang khoa i nam 2025")
                .contains("cap uy vien co so truc thuoc dang bo phuong viet tri");
    }
}
