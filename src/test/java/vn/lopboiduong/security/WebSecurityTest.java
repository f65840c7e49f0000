package vn.lopboiduong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the browser gets over HTTP: the headers and cookie flags for a portal behind a TLS proxy, and a sign-in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSecurityTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void theSignInPageKeepsItsAddressToItselfAndItsSessionCookieFromScripts() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID"))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsAWrongPasswordNotAnError() throws Exception {
        String form = "username=viewer&password="
                + URLEncoder.encode("Mậtkhẩuđồngchí".repeat(6) + "1A", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
    }
}
