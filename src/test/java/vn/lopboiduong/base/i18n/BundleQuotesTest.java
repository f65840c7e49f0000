package vn.lopboiduong.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Texts quote with “…” (or "…"), as Vietnamese and English do, never with the German „…“. */
class BundleQuotesTest {

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages_vi.properties", "i18n/messages_en.properties",
            "ValidationMessages_vi.properties", "ValidationMessages_en.properties"})
    void noGermanLowQuotes(String bundle) throws IOException {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text).as(bundle).doesNotContain("„", "‚");
    }
}
