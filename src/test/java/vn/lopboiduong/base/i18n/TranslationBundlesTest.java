package vn.lopboiduong.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.unit.UnitKind;

/** Every text exists in both languages, and every key the code asks for exists. */
class TranslationBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9._-]+)\"\\s*[,)]");

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages"})
    void vietnameseAndEnglishBundlesHaveTheSameKeys(String bundle) throws IOException {
        Properties vi = load(bundle + "_vi.properties");
        Properties en = load(bundle + "_en.properties");
        assertThat(vi.stringPropertyNames()).as("keys of %s_vi missing from _en", bundle)
                .isSubsetOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).as("keys of %s_en missing from _vi", bundle)
                .isSubsetOf(vi.stringPropertyNames());
        assertThat(vi.values()).as("no empty texts").allSatisfy(text -> assertThat((String) text).isNotBlank());
    }

    @Test
    void everyKeyWrittenInTheCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = LITERAL_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).as("the scan found the code's keys").hasSizeGreaterThan(40);
        assertThat(load("i18n/messages_vi.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void keysBuiltFromEnumsExist() throws IOException {
        Set<String> keys = load("i18n/messages_vi.properties").stringPropertyNames();
        for (Role role : Role.values()) {
            assertThat(keys).contains(role.translationKey());
        }
        for (UnitKind kind : UnitKind.values()) {
            assertThat(keys).contains(kind.translationKey());
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(keys).contains("weekday." + day.name());
        }
        for (String outcome : new String[] {"bad", "locked", "disabled"}) {
            assertThat(keys).contains("login.error." + outcome + ".title", "login.error." + outcome + ".message");
        }
        assertThat(keys).contains("users.status.ALL", "users.status.ACTIVE", "users.status.LOCKED");
        for (Locale locale : TranslationProvider.LOCALES) {
            assertThat(keys).contains("language." + locale.getLanguage());
        }
    }

    @Test
    void providerTranslatesWithArgumentsAndDefaultsToVietnamese() {
        var provider = new TranslationProvider();
        assertThat(provider.getTranslation("users.saved", TranslationProvider.VIETNAMESE, "organizer"))
                .isEqualTo("Đã lưu tài khoản organizer.");
        assertThat(provider.getTranslation("users.saved", Locale.ENGLISH, "organizer"))
                .isEqualTo("Account organizer saved.");
        assertThat(provider.getTranslation("menu.units", Locale.FRENCH)).isEqualTo("Đơn vị");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
