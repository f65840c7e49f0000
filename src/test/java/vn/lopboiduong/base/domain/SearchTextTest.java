package vn.lopboiduong.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsRealVietnameseNamesToPlainLowerCase() {
        assertThat(SearchText.fold("Nguyễn Hùng Cường")).isEqualTo("nguyen hung cuong");
        assertThat(SearchText.fold("Vũ Đức Bảo")).isEqualTo("vu duc bao");
        assertThat(SearchText.fold("Nguyễn Trọng Khiêm")).isEqualTo("nguyen trong khiem");
        assertThat(SearchText.fold("ĐẢNG ỦY PHƯỜNG VIỆT TRÌ")).isEqualTo("dang uy phuong viet tri");
    }

    @Test
    void foldsDecomposedInputTheSameAsComposed() {
        String decomposed = java.text.Normalizer.normalize("Cường", java.text.Normalizer.Form.NFD);
        assertThat(SearchText.fold(decomposed)).isEqualTo(SearchText.fold("Cường")).isEqualTo("cuong");
    }

    @Test
    void collapsesWhitespaceAndHandlesEmptyInput() {
        assertThat(SearchText.fold("  Chi   bộ\tkhu  1 ")).isEqualTo("chi bo khu 1");
        assertThat(SearchText.fold(null)).isEmpty();
        assertThat(SearchText.fold("   ")).isEmpty();
        assertThat(SearchText.tokens("  ")).isEmpty();
    }

    @Test
    void tokensAndKeysMatchTheWayASearchUsesThem() {
        assertThat(SearchText.tokens("nguyen HÙNG cuong")).containsExactly("nguyen", "hung", "cuong");
        assertThat(SearchText.keyOf("organizer", "Nguyễn Thị Thu Hà", null))
                .isEqualTo("organizer nguyen thi thu ha");
    }

    @Test
    void keysAreCutToTheColumnWidth() {
        String longPosition = "Phó Trưởng phòng ".repeat(40);
        String key = SearchText.keyOf("Nguyễn Văn An", longPosition);
        assertThat(key).hasSize(SearchText.MAX_KEY_LENGTH).startsWith("nguyen van an pho truong phong");
    }

    @Test
    void likePatternEscapesWildcardsTypedByTheUser() {
        assertThat(SearchSpecifications.containsPattern("Việt Trì")).isEqualTo("%viet%tri%");
        assertThat(SearchSpecifications.containsPattern("50%_x")).isEqualTo("%50\\%\\_x%");
        assertThat(SearchSpecifications.containsPattern("")).isEqualTo("%");
    }

    @Test
    void aQueryIsCutToItsFirstHundredCharactersAndEightWords() {
        assertThat(SearchText.tokens("một hai ba bốn năm sáu bảy tám chín mười"))
                .containsExactly("mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam");
        String longWord = "a".repeat(150);
        assertThat(SearchText.tokens(longWord)).singleElement().isEqualTo("a".repeat(SearchText.MAX_QUERY_LENGTH));
        assertThat(SearchSpecifications.containsPattern("x ".repeat(500))).isEqualTo("%x%x%x%x%x%x%x%x%");
    }
}
