package vn.lopboiduong.security;

import org.springframework.security.authentication.LockedException;

/** Sign-in refused because the client address failed too often lately, whatever name it tries now. */
public class AddressThrottledException extends LockedException {

    public AddressThrottledException(String message) {
        super(message);
    }
}
