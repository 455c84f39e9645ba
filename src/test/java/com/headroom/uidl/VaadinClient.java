package com.headroom.uidl;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import com.headroom.uidl.UidlTree.Element;
import tools.jackson.databind.node.ObjectNode;

/**
 * One person's browser as the server sees it, without a browser: the login form, then
 * Vaadin's own protocol (the bootstrap, the init request that creates a UI, and UIDL
 * round trips carrying the CSRF token, sync and client ids, and the node ids of the
 * components the server sent). It keeps a copy of each UI's element tree, so that a test
 * clicks "Log InMail" by its text and types into "Subject" by its label, as a person
 * does.
 *
 * <p>
 * Cookies are its own: the session cookie and HAProxy's sticky cookie, so every request
 * goes where the proxy sends this person.
 */
public final class VaadinClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

    private final URI base;

    private final String name;

    private final CookieManager cookies = new CookieManager();

    private final HttpClient http;

    /**
     * A browser at {@code base}; {@code name} goes out as an X-Client header, which the
     * local proxy writes into its log.
     */
    public VaadinClient(URI base, String name) {
        this.base = base;
        this.name = name;
        this.http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    }

    /**
     * The value of a cookie this browser holds, e.g. HAProxy's sticky "HEADROOM_NODE".
     */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore()
            .getCookies()
            .stream()
            .filter(c -> c.getName().equals(name))
            .map(HttpCookie::getValue)
            .findFirst();
    }

    /** Signs in through the login form; false when the form sent the browser back. */
    public boolean signIn(String email, String password) throws IOException, InterruptedException {
        var page = send(HttpRequest.newBuilder(base.resolve("/login")).GET());
        var csrf = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException("no login form at " + base + ": HTTP " + page.statusCode());
        }
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        var answer = send(HttpRequest.newBuilder(base.resolve("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = answer.headers().firstValue("Location").orElse("");
        return answer.statusCode() == 302 && !location.contains("/login");
    }

    /**
     * Opens a page as a new tab: the bootstrap page, the init request, then the
     * navigation the client sends. Fails with {@link SignedOut} when the server sends the
     * browser to the login page.
     */
    public Ui open(String location) throws IOException, InterruptedException {
        String path = location.contains("?") ? location.substring(0, location.indexOf('?')) : location;
        String query = location.contains("?") ? location.substring(location.indexOf('?') + 1) : "";
        var page = send(HttpRequest.newBuilder(base.resolve("/" + location)).GET());
        if (page.statusCode() == 302 || page.statusCode() == 401) {
            throw new SignedOut("GET /" + location + " answered " + page.statusCode());
        }
        var init = send(HttpRequest.newBuilder(base.resolve("/?v-r=init&location=" + encode(path) + "&query="
                + encode(query) + "&v-sh=900&v-sw=1440&v-wh=900&v-ww=1440&v-bh=900&v-bw=1440&v-curdate="
                + System.currentTimeMillis() + "&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FBerlin"
                + "&v-wn=ROOT-" + System.nanoTime() + "&v-td=false&v-pr=1&v-np=Linux"))
            .GET());
        if (init.statusCode() != 200 || !init.body().startsWith("{")) {
            throw new SignedOut("init of /" + location + " answered " + init.statusCode());
        }
        var ui = new Ui(UidlTree.fromInit(init.body()));
        ui.send(UidlTree.navigate(path, query));
        // A browser answers the new page with a message of its own (the components'
        // first events); the server then stops keeping the big answer for a resend.
        ui.send(List.of());
        return ui;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).header("X-Client", name).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The server sent this browser to the login page: its session is gone. */
    public static final class SignedOut extends IOException {

        SignedOut(String message) {
            super(message);
        }

    }

    /** One open tab: its UI as {@link UidlTree} keeps it, and the round trips. */
    public final class Ui {

        private final UidlTree tree;

        Ui(UidlTree tree) {
            this.tree = tree;
        }

        public UidlTree tree() {
            return tree;
        }

        public String received() {
            return tree.received();
        }

        public String lastResponse() {
            return tree.lastResponse();
        }

        public String textOf(Element element) {
            return tree.textOf(element);
        }

        public Optional<Element> find(Predicate<Element> which) {
            return tree.find(which);
        }

        public Element button(String text) {
            return tree.button(text);
        }

        public Element field(String label) {
            return tree.field(label);
        }

        public void click(Element element) throws IOException, InterruptedException {
            send(tree.click(element));
        }

        public void type(Element field, String value) throws IOException, InterruptedException {
            send(tree.type(field, value));
        }

        /** One UIDL round trip; returns the server's answer as it came. */
        public String send(List<ObjectNode> rpc) throws IOException, InterruptedException {
            var answer = VaadinClient.this.send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + tree.uiId()))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(tree.message(rpc))));
            String body = answer.body();
            if (UidlTree.sessionEnded(answer.statusCode(), body)) {
                throw new SignedOut("UIDL answered " + answer.statusCode() + ": "
                        + body.substring(0, Math.min(200, body.length())));
            }
            tree.apply(body);
            return body;
        }

    }

}
