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
}
