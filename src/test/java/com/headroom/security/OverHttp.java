package com.headroom.security;

import java.net.URLEncoder;
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

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
