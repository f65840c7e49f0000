package vn.lopboiduong.topicplan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail about topic plans ({@code app.mail.*}); the SMTP server itself is Spring's {@code spring.mail.*}.
 *
 * @param enabled off by default: nothing is sent until an administrator has configured a mail server
 * @param from the sender address of the portal's messages
 * @param portalUrl the portal's address as users reach it, for the links in messages
 */
@ConfigurationProperties("app.mail")
public record PlanMailProperties(@DefaultValue("false") boolean enabled,
        @DefaultValue("cong-lop-boi-duong@localhost") String from,
        @DefaultValue("http://localhost:8080") String portalUrl) {

    /** The portal's address without a trailing slash. */
    String base() {
        return portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }
}
