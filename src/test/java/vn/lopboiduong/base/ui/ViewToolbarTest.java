package vn.lopboiduong.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lopboiduong.base.domain.SearchText;

class ViewToolbarTest {

    @Test
    void theSharedSearchFieldStopsAtTheLengthTheServerReads() {
        var field = ViewToolbar.searchField("Tìm", () -> { });
        assertThat(field.getMaxLength()).isEqualTo(SearchText.MAX_QUERY_LENGTH).isEqualTo(100);
    }
}
