package vn.lopboiduong.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginAttemptTest {

    @Test
    void userNamesAreCountedCaseInsensitively() {
        assertThat(LoginAttemptService.key("  Admin ")).isEqualTo("admin");
    }
}
