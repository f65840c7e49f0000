package vn.lopboiduong.base.domain;

import java.util.Arrays;

/**
 * A rule refused what the user asked. It carries a translation key and its arguments, so that the view can show
 * the reason in the user's language; nothing has been written when it is thrown.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
