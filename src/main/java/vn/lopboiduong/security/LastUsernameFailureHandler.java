package vn.lopboiduong.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * After a failed sign-in, goes back to the sign-in page and remembers the name typed, so it need not be typed again.
 */
public class LastUsernameFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    /** The session attribute holding the user name of the last failed sign-in. */
    public static final String LAST_USERNAME = LastUsernameFailureHandler.class.getName() + ".LAST_USERNAME";

    static final int MAX_KEPT_LENGTH = 100;

    LastUsernameFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        String username = request.getParameter("username");
        request.getSession().setAttribute(LAST_USERNAME, keepable(username));
        super.onAuthenticationFailure(request, response, exception);
    }

    private static String keepable(@Nullable String username) {
        String name = username == null ? "" : username.strip();
        return name.length() > MAX_KEPT_LENGTH ? name.substring(0, MAX_KEPT_LENGTH) : name;
    }
}
