package vn.lopboiduong.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsAStrongPassword() {
        assertThat(PasswordPolicy.problem("Demo@2025", "admin")).isEmpty();
        assertThat(PasswordPolicy.problem("Lớpbồidưỡng2025", "organizer")).isEmpty();
    }

    @Test
    void refusesShortWeakOrUsernameBasedPasswords() {
        assertThat(PasswordPolicy.problem("Ab1", "x")).contains("password.too-short");
        assertThat(PasswordPolicy.problem("alllowercase1", "x")).contains("password.too-weak");
        assertThat(PasswordPolicy.problem("NoDigitsHere", "x")).contains("password.too-weak");
        assertThat(PasswordPolicy.problem("ALLUPPER123", "x")).contains("password.too-weak");
        assertThat(PasswordPolicy.problem("Organizer2025", "organizer")).contains("password.contains-username");
        assertThat(PasswordPolicy.problem("Aa1" + "x".repeat(70), "x")).contains("password.too-long");
    }

    @Test
    void countsTheLimitInUtf8BytesAsBcryptDoes() {
        // 29 characters, 43 bytes: Vietnamese letters with marks take two or three bytes each.
        String fits = "Đồngchíhọcviênlớpbồidưỡng2025";
        assertThat(fits.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(72);
        assertThat(PasswordPolicy.problem(fits, "x")).isEmpty();
        // 56 characters, under 72, but 81 bytes.
        String tooLong = "Đồngchíhọcviênlớpbồidưỡngnângcaonănglựclãnhđạoquảnlý2025";
        assertThat(tooLong.length()).isLessThan(72);
        assertThat(PasswordPolicy.problem(tooLong, "x")).contains("password.too-long");
        assertThat(PasswordPolicy.argumentFor("password.too-long")).isEqualTo("72");
    }
}
