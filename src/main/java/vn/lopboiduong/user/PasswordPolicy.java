package vn.lopboiduong.user;

import java.util.Optional;

/**
 * How strong a password must be: at least 8 characters with a lower-case letter, an upper-case letter and a digit
 * (Vietnamese letters count as letters), and not the user name itself.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 72; // BCrypt reads no further

    private PasswordPolicy() {
    }

    /** The translation key of what is wrong with the password, or empty when it is strong enough. */
    static Optional<String> problem(String password, String username) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
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
}
