package vn.lopboiduong.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
    private static final Pattern BUSINESS_KEY =
            Pattern.compile("new BusinessException\\(\\s*\"([a-zA-Z0-9._-]+)\"\\s*[,)]");
    /** A key asked for with no arguments: its text is shown as written, so a placeholder would show raw. */
    private static final Pattern KEY_WITHOUT_ARGUMENTS = Pattern.compile(
            "(?:getTranslation|new BusinessException)\\(\\s*\"([a-zA-Z0-9._-]+)\"\\s*\\)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

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
    void everyBusinessExceptionKeyExists() throws IOException {
        Set<String> used = keysInCode(BUSINESS_KEY);
        assertThat(used).as("the scan found the services' refusals").hasSizeGreaterThan(20)
                .contains("error.not-found", "class.error.too-long");
        assertThat(load("i18n/messages_vi.properties").stringPropertyNames()).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyPlaceholderRendersAndNoneIsSwallowedByAQuote(String language) throws IOException {
        Properties bundle = load("i18n/messages_" + language + ".properties");
        Locale locale = Locale.forLanguageTag(language);
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            Set<Integer> indexes = placeholders(text);
            if (indexes.isEmpty()) {
                // Shown as written, without MessageFormat: a doubled quote would show doubled.
                assertThat(text).as(key).doesNotContain("''");
                continue;
            }
            Object[] arguments = new Object[indexes.stream().mapToInt(Integer::intValue).max().orElseThrow() + 1];
            for (int i = 0; i < arguments.length; i++) {
                // A typed placeholder ({0,number…}, {0,choice…}) takes a number; a plain one shows a marker.
                arguments[i] = text.contains("{" + i + ",") ? (Object) 7 : "<arg" + i + ">";
            }
            // A single quote starts a quoted run in MessageFormat: "don't {0}" would render "dont {0}".
            String rendered = new java.text.MessageFormat(text, locale).format(arguments);
            assertThat(rendered).as("%s renders its placeholders", key).doesNotContainPattern("\\{\\d");
            for (int index : indexes) {
                if (arguments[index] instanceof Integer) {
                    continue;
                }
                assertThat(rendered).as("%s shows argument %d", key, index).contains("<arg" + index + ">");
            }
        }
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() throws IOException {
        Properties vi = load("i18n/messages_vi.properties");
        Properties en = load("i18n/messages_en.properties");
        for (String key : vi.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key, ""))).as(key)
                    .isEqualTo(placeholders(vi.getProperty(key)));
        }
    }

    @Test
    void aKeyAskedForWithoutArgumentsHasNoPlaceholder() throws IOException {
        Set<String> withoutArguments = keysInCode(KEY_WITHOUT_ARGUMENTS);
        assertThat(withoutArguments).hasSizeGreaterThan(40);
        for (String language : new String[] {"vi", "en"}) {
            Properties bundle = load("i18n/messages_" + language + ".properties");
            for (String key : withoutArguments) {
                assertThat(placeholders(bundle.getProperty(key, ""))).as("%s (%s) would show a raw {n}", key,
                        language).isEmpty();
            }
        }
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> indexes = new TreeSet<>();
        var matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            indexes.add(Integer.parseInt(matcher.group(1)));
        }
        return indexes;
    }

    private static Set<String> keysInCode(Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
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
        // Every enum that names its own key (statuses, kinds, roles…), for every constant.
        var enums = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.lopboiduong").stream().filter(JavaClass::isEnum)
                .filter(type -> type.tryGetMethod("translationKey").isPresent()).toList();
        assertThat(enums).hasSizeGreaterThanOrEqualTo(6);
        for (JavaClass type : enums) {
            for (Object constant : type.reflect().getEnumConstants()) {
                String key = (String) assertDoesNotThrow(() -> constant.getClass().getMethod("translationKey")
                        .invoke(constant));
                assertThat(keys).as("%s.%s", type.getSimpleName(), constant).contains(key);
            }
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
