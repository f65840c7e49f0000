package vn.lopboiduong.security;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security events in a logger of their own ({@code security.audit}), so that operators can route them apart.
 * Never a password; user names and addresses are typed by strangers, so line breaks are taken out of them.
 */
public final class SecurityAudit {

    private static final Logger log = LoggerFactory.getLogger("security.audit");

    private SecurityAudit() {
    }

    static void failedSignIn(String username, @Nullable String address) {
        log.warn("Failed sign-in for '{}' from {}", clean(username), clean(address));
    }

    static void lockedOut(String username, @Nullable String address) {
        log.warn("User name '{}' locked out after too many failed sign-ins (last from {})", clean(username),
                clean(address));
    }

    static void refused(String username, @Nullable String address, String why) {
        log.warn("Sign-in for '{}' from {} refused without checking the password: {}", clean(username),
                clean(address), why);
    }

    public static void accountLocked(String username) {
        log.warn("Account '{}' locked by {}", clean(username), actor());
    }

    public static void accountUnlocked(String username) {
        log.info("Account '{}' unlocked (sign-in lock-out lifted) by {}", clean(username), actor());
    }

    public static void rolesChanged(String username, Object before, Object after) {
        log.info("Roles of '{}' changed from {} to {} by {}", clean(username), before, after, actor());
    }

    public static void passwordReset(String username) {
        log.info("Password of '{}' reset by {}", clean(username), actor());
    }

    public static void ownPasswordChanged(String username) {
        log.info("'{}' changed their own password", clean(username));
    }

    private static String actor() {
        return clean(CurrentUser.username().orElse("?"));
    }

    private static String clean(@Nullable String text) {
        return text == null ? "?" : text.replaceAll("\\p{Cntrl}", "_");
    }
}
