package vn.lopboiduong.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lopboiduong.plan.TrainingPlan;
import vn.lopboiduong.security.Role;
import vn.lopboiduong.user.UserAccount;

/** Length messages read as a person would say them: "at most 50", or "3 to 50" when there is a minimum. */
class SizeMessagesTest {

    private static Validator validator(String language) {
        return Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(Locale.forLanguageTag(language)).buildValidatorFactory().getValidator();
    }

    @ParameterizedTest
    @CsvSource({"vi,Tối đa 50 ký tự.", "en,At most 50 characters."})
    void aMaximumAloneSaysAtMost(String language, String message) {
        var plan = new TrainingPlan("x".repeat(51), LocalDate.of(2026, 1, 1), "Ban Tuyên giáo");
        assertThat(validator(language).validateProperty(plan, "number")).extracting(ConstraintViolation::getMessage)
                .containsExactly(message);
    }

    @ParameterizedTest
    @CsvSource({"vi,Từ 3 đến", "en,3 to"})
    void aMinimumAndMaximumSayBoth(String language, String start) {
        var account = new UserAccount("ab", "Người thử", Set.of(Role.VIEWER));
        Set<ConstraintViolation<UserAccount>> violations = validator(language).validateProperty(account, "username");
        assertThat(violations).extracting(ConstraintViolation::getMessage).anySatisfy(text -> assertThat(text)
                .startsWith(start));
    }
}
