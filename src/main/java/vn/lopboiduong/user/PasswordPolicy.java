package vn.lopboiduong.user;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How strong a password must be: at least 8 characters with a lower-case letter, an upper-case letter and a digit
 * (Vietnamese letters count as letters), and not the user name itself. BCrypt reads at most 72 bytes, and a
 * Vietnamese letter with its marks takes two or three of them in UTF-8, so the upper limit is counted in bytes.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** The translation key of what is wrong with the password, or empty when it is strong enough. */
    static Optional<String> problem(String password, String username) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (tooLong(password)) {
            return Optional.of("password.too-long");
        }
        boolean lower = password.codePoints().anyMatch(Character::isLowerCase);
        boolean upper = password.codePoints().anyMatch(Character::isUpperCase);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        if (!lower || !upper || !digit) {
            return Optional.of("password.too-weak");
        }
        if (!username.isBlank() && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("password.contains-username");
        }
        return Optional.empty();
    }

    static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    /** The number the problem's message names: the byte limit for a long password, else the minimum length. */
    static String argumentFor(String problemKey) {
        return String.valueOf("password.too-long".equals(problemKey) ? MAX_BYTES : MIN_LENGTH);
    }
}
