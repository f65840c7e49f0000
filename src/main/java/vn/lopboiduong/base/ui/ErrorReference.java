package vn.lopboiduong.base.ui;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A short reference for an unexpected error: the user sees only the reference, the log has it with the stack trace,
 * so support can find one from the other while no internals reach the page.
 */
final class ErrorReference {

    private static final Logger log = LoggerFactory.getLogger(ErrorReference.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    /** Logs the error under a new reference and returns the reference, e.g. {@code 3FA9-0C1D}. */
    static String log(Throwable error) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().withUpperCase().formatHex(bytes);
        String reference = hex.substring(0, 4) + "-" + hex.substring(4);
        log.error("Unexpected error, reference {}", reference, error);
        return reference;
    }
}
