package com.headroom.security;

import static com.headroom.security.OverHttp.CSRF;
import static com.headroom.security.OverHttp.encode;
import static com.headroom.security.OverHttp.sessionCookie;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.DemoAccounts;
import com.headroom.SignedInAs;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.team.AccountService;
import com.headroom.team.AccountSignIn;
import com.headroom.team.PasswordLinkService;
import com.headroom.WebAppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Sign-in over real HTTP against Tomcat: the session a browser gets. */
@WebAppTest
class SessionOverHttpIT {

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    TestData testData;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountSignIn signIn;

    @Autowired
    PasswordLinkService passwordLinks;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signing_in_gives_a_new_session_id_that_expires_after_30_idle_minutes() throws Exception {
        var loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        String anonymousSession = sessionCookie(loginPage);
        var csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();

        String form = "username=" + encode(DemoAccounts.ADMIN) + "&password=" + encode(DemoAccounts.PASSWORD)
                + "&_csrf=" + encode(csrf.group(1));
        var signIn = http.send(HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "JSESSIONID=" + anonymousSession)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        String signedInSession = sessionCookie(signIn);
        assertThat(signedInSession).isNotEqualTo(anonymousSession);

        var session = tomcatContext().getManager().findSession(signedInSession);
        assertThat(session).isNotNull();
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void pages_carry_the_security_headers_and_a_same_site_cookie_only_session() throws Exception {
        var loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        var headers = loginPage.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy"))
            .hasValueSatisfying(p -> assertThat(p).contains("camera=()", "geolocation=()"));
        assertThat(headers.firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
        String cookie = headers.allValues("Set-Cookie")
            .stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        // Signed out, a page redirects to the login page without the session id in the
        // address.
        var home = http.send(HttpRequest.newBuilder(uri("/people")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.headers().firstValue("Location"))
            .hasValueSatisfying(l -> assertThat(l).contains("/login").doesNotContainIgnoringCase("jsessionid"));
    }

    @Test
    void behind_a_tls_proxy_the_cookie_is_secure_and_hsts_is_sent() throws Exception {
        var viaProxy = http.send(HttpRequest.newBuilder(uri("/login"))
            .header("X-Forwarded-Proto", "https")
            .header("X-Forwarded-For", "203.0.113.7")
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security"))
            .hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000", "includeSubDomains"));
        assertThat(viaProxy.headers().allValues("Set-Cookie"))
            .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure", "SameSite=Lax"));
    }

    @Test
    void a_sign_in_post_without_the_pages_csrf_token_does_not_sign_in() throws Exception {
        var loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        String form = "username=" + encode(DemoAccounts.ADMIN) + "&password=" + encode(DemoAccounts.PASSWORD);
        var signIn = http.send(HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "JSESSIONID=" + sessionCookie(loginPage))
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(), HttpResponse.BodyHandlers.ofString());

        // Login CSRF: another site's form must not sign a visitor in to the attacker's
        // account.
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotMatch(".*/$");
        String session = signIn.headers()
            .allValues("Set-Cookie")
            .stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
            .orElse(sessionCookie(loginPage));
        var home = http.send(HttpRequest.newBuilder(uri("/")).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).as("still signed out: sent to the login page").isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void deactivating_an_account_ends_the_session_it_already_has() throws Exception {
        var person = testData.member("Leaving Soon", testData.team("Leavers").id());
        String session = signIn(person.email(), TestData.PASSWORD);
        assertThat(get("/", session).statusCode()).as("signed in").isEqualTo(200);

        SystemAuthentication.runAsSystem(() -> signIn.deactivate(person.id()));

        var after = get("/", session);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void choosing_a_new_password_through_a_link_ends_the_sessions_of_the_old_one() throws Exception {
        var person = testData.member("Locked Out", testData.team("Resets").id());
        String oldSession = signIn(person.email(), TestData.PASSWORD);
        var link = SystemAuthentication.callAsSystem(() -> signIn.newPasswordLink(person.id()));

        passwordLinks.setPassword(link.token(), "a completely new passphrase");

        assertThat(get("/", oldSession).statusCode()).isEqualTo(302);
        assertThat(signIn(person.email(), "a completely new passphrase")).isNotEqualTo(oldSession);
    }

    @Test
    void changing_ones_password_in_one_browser_signs_the_other_browser_out_and_keeps_this_one() throws Exception {
        var person = testData.member("Two Browsers", testData.team("Browsers").id());
        String laptop = signIn(person.email(), TestData.PASSWORD);
        String phone = signIn(person.email(), TestData.PASSWORD);
        assertThat(get("/", laptop).statusCode()).isEqualTo(200);
        assertThat(get("/", phone).statusCode()).isEqualTo(200);

        SignedInAs.run(users, person.email(),
                () -> signIn.changeOwnPassword(TestData.PASSWORD, "a passphrase for both browsers", laptop));

        assertThat(get("/", laptop).statusCode()).as("the browser that changed it stays signed in").isEqualTo(200);
        var other = get("/", phone);
        assertThat(other.statusCode()).isEqualTo(302);
        assertThat(other.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
        assertThat(tomcatContext().getManager().findSession(phone)).as("the other session is gone").isNull();
    }

    @Test
    void a_signed_in_session_whose_record_is_gone_is_signed_out_at_its_next_request() throws Exception {
        var person = testData.member("No Record", testData.team("Records").id());
        String session = signIn(person.email(), TestData.PASSWORD);
        assertThat(get("/", session).statusCode()).isEqualTo(200);

        jdbc.update("DELETE FROM signed_in_session WHERE session_key = ?", SessionActivityRegistry.key(session));
        clock.set(Instant.now().plusSeconds(3));

        var after = get("/", session);
        assertThat(after.statusCode()).as("nothing could end it otherwise").isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void a_session_ends_at_its_first_request_after_the_absolute_lifetime_of_12_hours() throws Exception {
        var person = testData.member("Long Day", testData.team("Long days").id());
        clock.set(Instant.now());
        String session = signIn(person.email(), TestData.PASSWORD);

        clock.advance(Duration.ofHours(12).minusMinutes(1));
        assertThat(get("/", session).statusCode()).as("busy all day, still signed in").isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));
        var after = get("/", session);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
        assertThat(tomcatContext().getManager().findSession(session)).isNull();
        assertThat(signIn(person.email(), TestData.PASSWORD)).as("signing in again starts a new day")
            .isNotEqualTo(session);
    }

    @Test
    void a_wrong_password_goes_back_to_the_login_page_with_an_error() throws Exception {
        var loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        var csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + encode(DemoAccounts.ADMIN) + "&password=wrong-password-here&_csrf="
                + encode(csrf.group(1));
        var signIn = http.send(HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "JSESSIONID=" + sessionCookie(loginPage))
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location"))
            .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void the_health_check_answers_without_sign_in() throws Exception {
        var health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void the_favicon_answers_without_sign_in_and_the_login_page_links_it() throws Exception {
        var ico = http.send(HttpRequest.newBuilder(uri("/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type"))
            .hasValueSatisfying(t -> assertThat(t).startsWith("image/"));
        assertThat(ico.body()).as("an icon file's header: reserved 0, type 1 (icon)").startsWith(0, 0, 1, 0);

        var svg = http.send(HttpRequest.newBuilder(uri("/favicon.svg")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type"))
            .hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(svg.body()).contains("<svg");

        var loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.body()).containsPattern("<link (?=[^>]*rel=\"icon\")[^>]*href=\"favicon.svg\"")
            .containsPattern("<link (?=[^>]*rel=\"icon\")[^>]*href=\"favicon.ico\"");
    }

    /** Signs in through the login form and returns the signed-in session id. */
    private String signIn(String email, String password) throws Exception {
        return OverHttp.signIn(http, "http://localhost:" + port, email, password);
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Context tomcatContext() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        return (Context) tomcat.getHost().findChildren()[0];
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

}
