package com.headroom.cluster;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
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
final class VaadinClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;

    private final String name;

    private final CookieManager cookies = new CookieManager();

    private final HttpClient http;

    /**
     * A browser at {@code base}; {@code name} goes out as an X-Client header, which the
     * local proxy writes into its log.
     */
    VaadinClient(URI base, String name) {
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
    Optional<String> cookie(String name) {
        return cookies.getCookieStore()
            .getCookies()
            .stream()
            .filter(c -> c.getName().equals(name))
            .map(HttpCookie::getValue)
            .findFirst();
    }

    /** Signs in through the login form; false when the form sent the browser back. */
    boolean signIn(String email, String password) throws IOException, InterruptedException {
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
    Ui open(String location) throws IOException, InterruptedException {
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
        var config = JSON.readTree(init.body()).get("appConfig");
        var uidl = config.get("uidl");
        var ui = new Ui(config.get("v-uiId").asInt(), uidl.get("Vaadin-Security-Key").asString());
        ui.apply(uidl, init.body());
        var data = JSON.createObjectNode();
        data.put("route", "/" + path);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        ui.send(List.of(event(1, "ui-navigate", data)));
        return ui;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).header("X-Client", name).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        var rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", name);
        rpc.set("data", data);
        return rpc;
    }

    /** A string value as it is; anything else (a number, an object) as its JSON. */
    static String str(JsonNode value) {
        return value.isString() ? value.asString() : value.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The server sent this browser to the login page: its session is gone. */
    static final class SignedOut extends IOException {

        SignedOut(String message) {
            super(message);
        }

    }

    /** One element of the UI as the server described it. */
    static final class Element {

        final int id;

        String tag = "";

        String text;

        final Map<String, JsonNode> properties = new HashMap<>();

        final Map<String, String> attributes = new HashMap<>();

        final List<String> listeners = new ArrayList<>();

        final List<String> classes = new ArrayList<>();

        final Map<Integer, List<Integer>> children = new HashMap<>();

        Element(int id) {
            this.id = id;
        }

        String property(String name) {
            var value = properties.get(name);
            return value == null || value.isNull() ? "" : str(value);
        }

    }

    /** One open tab: its UI id, CSRF token, the ids of the last message, its elements. */
    final class Ui {

        private final int uiId;

        private final String csrfToken;

        private int syncId;

        private int clientId;

        private final Map<Integer, Element> elements = new LinkedHashMap<>();

        private String lastBody = "";

        private final StringBuilder everything = new StringBuilder();

        Ui(int uiId, String csrfToken) {
            this.uiId = uiId;
            this.csrfToken = csrfToken;
        }

        /** Everything the server sent this tab so far, for "does it say ..." checks. */
        String received() {
            return everything.toString();
        }

        String lastResponse() {
            return lastBody;
        }

        /** The element's text with all its descendants', as a person reads it. */
        String textOf(Element element) {
            var out = new StringBuilder();
            collect(element, out, 0);
            return out.toString().replaceAll("\\s+", " ").strip();
        }

        private void collect(Element element, StringBuilder out, int depth) {
            if (depth > 200) {
                return;
            }
            if (element.text != null) {
                out.append(element.text).append(' ');
            }
            for (var list : element.children.values()) {
                for (int child : list) {
                    var e = elements.get(child);
                    if (e != null) {
                        collect(e, out, depth + 1);
                    }
                }
            }
        }

        Optional<Element> find(Predicate<Element> which) {
            Element found = null;
            for (var element : elements.values()) {
                if (which.test(element) && (found == null || element.id > found.id)) {
                    found = element;
                }
            }
            return Optional.ofNullable(found);
        }

        /** The newest button reading {@code text}. */
        Element button(String text) {
            return find(e -> e.tag.equals("vaadin-button") && textOf(e).equals(text))
                .orElseThrow(() -> new AssertionError("no button \"" + text + "\" in UI " + uiId));
        }

        /** The newest field labelled {@code label}. */
        Element field(String label) {
            return find(e -> e.tag.startsWith("vaadin-") && e.property("label").equals(label))
                .orElseThrow(() -> new AssertionError("no field \"" + label + "\" in UI " + uiId));
        }

        void click(Element element) throws IOException, InterruptedException {
            var data = JSON.createObjectNode();
            data.put("event.shiftKey", false);
            data.put("event.metaKey", false);
            data.put("event.detail", 1);
            data.put("event.ctrlKey", false);
            data.put("event.clientX", 10);
            data.put("event.clientY", 10);
            data.put("event.altKey", false);
            data.put("event.button", 0);
            data.put("event.screenY", 10);
            data.put("event.screenX", 10);
            send(List.of(event(element.id, "click", data)));
        }

        /** Types a value as the browser reports it: the property, then its events. */
        void type(Element field, String value) throws IOException, InterruptedException {
            var sync = JSON.createObjectNode();
            sync.put("type", "mSync");
            sync.put("node", field.id);
            sync.put("feature", 1);
            sync.put("property", "value");
            sync.put("value", value);
            var rpc = new ArrayList<ObjectNode>();
            rpc.add(sync);
            for (String name : List.of("input", "change")) {
                if (field.listeners.contains(name)) {
                    rpc.add(event(field.id, name, JSON.createObjectNode()));
                }
            }
            send(rpc);
        }

        /** One UIDL round trip; returns the server's answer as it came. */
        String send(List<ObjectNode> rpc) throws IOException, InterruptedException {
            var message = JSON.createObjectNode();
            message.put("csrfToken", csrfToken);
            ArrayNode calls = message.putArray("rpc");
            rpc.forEach(calls::add);
            message.put("syncId", syncId);
            message.put("clientId", clientId);
            var answer = VaadinClient.this.send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
            String body = answer.body();
            if (answer.statusCode() != 200 || body.contains("\"sessionExpired\":true")
                    || !body.stripLeading().startsWith("{")) {
                throw new SignedOut("UIDL answered " + answer.statusCode() + ": "
                        + body.substring(0, Math.min(200, body.length())));
            }
            apply(JSON.readTree(body), body);
            return body;
        }

        private void apply(JsonNode uidl, String body) {
            lastBody = body;
            everything.append(body).append('\n');
            if (uidl.has("syncId")) {
                syncId = uidl.get("syncId").asInt();
            }
            if (uidl.has("clientId")) {
                clientId = uidl.get("clientId").asInt();
            }
            var changes = uidl.get("changes");
            if (changes == null) {
                return;
            }
            for (var change : changes) {
                int node = change.get("node").asInt();
                String type = change.get("type").asString();
                switch (type) {
                    case "attach" -> elements.putIfAbsent(node, new Element(node));
                    case "detach" -> elements.remove(node);
                    case "put" -> put(element(node), change);
                    case "remove" -> {
                        var e = element(node);
                        e.properties.remove(change.get("key").asString());
                        e.attributes.remove(change.get("key").asString());
                    }
                    case "clear" -> element(node).children.remove(change.get("feat").asInt());
                    case "splice" -> splice(element(node), change);
                    default -> {
                    }
                }
            }
        }

        private Element element(int node) {
            return elements.computeIfAbsent(node, Element::new);
        }

        private void put(Element element, JsonNode change) {
            String key = change.get("key").asString();
            var value = change.get("value");
            switch (change.get("feat").asInt()) {
                case 0 -> {
                    if (key.equals("tag") && value != null) {
                        element.tag = str(value);
                    }
                }
                case 1 -> element.properties.put(key, value == null ? JSON.nullNode() : value);
                case 3 -> element.attributes.put(key, value == null ? "" : str(value));
                case 4 -> element.listeners.add(key);
                case 7 -> element.text = value == null ? null : str(value);
                default -> {
                }
            }
        }

        private void splice(Element element, JsonNode change) {
            var added = change.get("addNodes");
            if (added == null) {
                if (change.get("feat").asInt() == 11 && change.has("add")) {
                    change.get("add").forEach(c -> element.classes.add(str(c)));
                }
                return;
            }
            var list = element.children.computeIfAbsent(change.get("feat").asInt(), f -> new ArrayList<>());
            int index = Math.min(change.get("index").asInt(), list.size());
            int removed = change.has("remove") ? change.get("remove").asInt() : 0;
            for (int i = 0; i < removed && index < list.size(); i++) {
                list.remove(index);
            }
            var ids = new ArrayList<Integer>();
            added.forEach(id -> ids.add(id.asInt()));
            list.addAll(index, ids);
        }

    }

}
