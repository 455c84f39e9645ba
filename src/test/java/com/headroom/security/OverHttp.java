package com.headroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What the tests over real HTTP share: reading the page's CSRF token and the session
 * cookie.
 */
final class OverHttp {

    static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

    static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private OverHttp() {
    }

    static String sessionCookie(HttpResponse<?> response) {
        return response.headers()
            .allValues("Set-Cookie")
            .stream()
            .map(SESSION::matcher)
            .filter(m -> m.find())
            .map(m -> m.group(1))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie"));
    }

    /**
     * Signs in through the login form at {@code base} and returns the signed-in session
     * id.
     */
    static String signIn(HttpClient http, String base, String email, String password) throws Exception {
        var loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        var csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        var signIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "JSESSIONID=" + sessionCookie(loginPage))
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        return sessionCookie(signIn);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
