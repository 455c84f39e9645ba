package com.headroom.uidl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Vaadin UI as its browser knows it: the UI id, the CSRF token, the sync and client
 * ids of the last message, and the element tree the server described in its changes. It
 * writes the messages a browser would send (a navigation, a click, typing, asking a combo
 * box for its items), filling each event's data from the expressions the server asked
 * for. The cluster checks drive it through {@code VaadinClient}; the Gatling simulations
 * keep one per virtual user.
 */
public final class UidlTree {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** One element as the server described it. */
    public static final class Element {

        public final int id;

        public String tag = "";

        String text;

        final Map<String, JsonNode> properties = new HashMap<>();

        final Map<String, String> attributes = new HashMap<>();

        /** DOM event name to the id of the data expressions the server wants with it. */
        final Map<String, String> listeners = new HashMap<>();

        public final List<String> classes = new ArrayList<>();

        final Map<Integer, List<Integer>> children = new HashMap<>();

        Element(int id) {
            this.id = id;
        }

        public String property(String name) {
            var value = properties.get(name);
            return value == null || value.isNull() ? "" : str(value);
        }

        public boolean listensTo(String event) {
            return listeners.containsKey(event);
        }

    }

    private final int uiId;

    private final String csrfToken;

    private int syncId;

    private int clientId;

    private final Map<Integer, Element> elements = new LinkedHashMap<>();

    private final Map<String, JsonNode> constants = new HashMap<>();

    private String lastBody = "";

    /**
     * The last answers, newest last: enough for what a step reads (the items a grid was
     * just sent), bounded so that a virtual user's day does not pile up in memory.
     */
    private final java.util.ArrayDeque<String> recent = new java.util.ArrayDeque<>();

    private static final int ANSWERS_KEPT = 6;

    private int promises;

    /**
     * What the browser's JavaScript would answer to the last message: a grid or combo box
     * confirming the data it was sent, an overlay that closed. Without these the server
     * keeps every unconfirmed update and every closed dialog, and a day of clicks piles
     * up in the session.
     */
    private final List<ObjectNode> answers = new ArrayList<>();

    /**
     * Notifications showing, to the time their browser would close them: after their
     * duration it sets {@code opened} to false and reports {@code closed}, and only then
     * does the server take them out of the UI.
     */
    private final Map<Integer, Long> notificationsShowing = new HashMap<>();

    /** The filter each combo box last asked for its items with. */
    private final Map<Integer, String> typedFilter = new HashMap<>();

    /** Overlays whose {@code opened} the last answer set, with the value it set. */
    private final Map<Integer, Boolean> openedJustNow = new LinkedHashMap<>();

    private UidlTree(int uiId, String csrfToken) {
        this.uiId = uiId;
        this.csrfToken = csrfToken;
    }

    /** A new UI from the answer to {@code ?v-r=init}. */
    public static UidlTree fromInit(String initBody) {
        var config = JSON.readTree(initBody).get("appConfig");
        var uidl = config.get("uidl");
        var tree = new UidlTree(config.get("v-uiId").asInt(), uidl.get("Vaadin-Security-Key").asString());
        tree.apply(uidl, initBody);
        return tree;
    }

    public int uiId() {
        return uiId;
    }

    /** The last few answers the server sent this UI, one per line. */
    public String received() {
        return String.join("\n", recent);
    }

    public String lastResponse() {
        return lastBody;
    }

    /** Whether an answer says the session is over (the person must sign in again). */
    public static boolean sessionEnded(int status, String body) {
        return status != 200 || body.contains("\"sessionExpired\":true") || !body.stripLeading().startsWith("{");
    }

    /** Takes in the server's answer to a UIDL message. */
    public void apply(String body) {
        apply(JSON.readTree(body), body);
    }

    /** The message that carries these calls, with this UI's token and ids. */
    public String message(List<ObjectNode> rpc) {
        var message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode calls = message.putArray("rpc");
        closeNotificationsDue();
        answers.forEach(calls::add);
        answers.clear();
        rpc.forEach(calls::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message.toString();
    }

    // ---- The calls a browser sends. ----

    /** The navigation the client sends once the UI exists. */
    public static List<ObjectNode> navigate(String path, String query) {
        var data = JSON.createObjectNode();
        data.put("route", "/" + path);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        return List.of(event(1, "ui-navigate", data));
    }

    public List<ObjectNode> click(Element element) {
        return List.of(event(element.id, "click", dataFor(element, "click", Map.of())));
    }

    /**
     * A click on an element as the browser delivers it: to the nearest element, itself or
     * an ancestor, that listens for clicks, with what the listener reads from the clicked
     * element ({@code event.target.closest('[data-day]')?.dataset.day}) taken from its
     * attributes.
     */
    public List<ObjectNode> clickOn(Element target) {
        return clickThrough(List.of(), target);
    }

    /**
     * A click on the first element matching {@code selector} inside markup the server
     * sent as an element's {@code innerHTML} (a calendar drawn as one piece): what the
     * listener reads from it comes from the clicked element's attributes, then its
     * ancestors' in the markup, then the host's in the tree.
     */
    public List<ObjectNode> clickInMarkup(String selector) {
        for (var host : elements.values()) {
            String markup = host.property("innerHTML");
            if (markup.isEmpty()) {
                continue;
            }
            var clicked = org.jsoup.Jsoup.parseBodyFragment(markup).body().selectFirst(selector);
            if (clicked != null) {
                var inMarkup = new ArrayList<Map<String, String>>();
                for (var e = clicked; e != null && !e.tagName().equals("body"); e = e.parent()) {
                    var attributes = new HashMap<String, String>();
                    e.attributes().forEach(a -> attributes.put(a.getKey(), a.getValue()));
                    inMarkup.add(attributes);
                }
                return clickThrough(inMarkup, host);
            }
        }
        throw new AssertionError("nothing matches " + selector + " in UI " + uiId);
    }

    private List<ObjectNode> clickThrough(List<Map<String, String>> inMarkup, Element target) {
        var path = ancestry(target);
        var attributes = new ArrayList<>(inMarkup);
        path.forEach(e -> attributes.add(e.attributes));
        var listening = path.stream()
            .filter(e -> e.listensTo("click"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("nothing listens for a click on " + target.tag + " in UI " + uiId));
        var given = new HashMap<String, JsonNode>();
        var expressions = constants.get(listening.listeners.get("click"));
        if (expressions != null && expressions.isObject()) {
            for (var expression : expressions.properties()) {
                var closest = CLOSEST_DATA.matcher(expression.getKey());
                if (closest.matches()) {
                    attributes.stream()
                        .map(a -> a.get("data-" + closest.group(1)))
                        .filter(java.util.Objects::nonNull)
                        .findFirst()
                        .ifPresent(value -> given.put(expression.getKey(), JSON.getNodeFactory().textNode(value)));
                }
            }
        }
        return List.of(event(listening.id, "click", dataFor(listening, "click", given)));
    }

    private static final java.util.regex.Pattern CLOSEST_DATA = java.util.regex.Pattern
        .compile("event\\.target\\.closest\\('\\[data-([a-z-]+)\\]'\\)\\?\\.dataset\\.\\w+");

    /** The element, its parent, its parent's parent, up to the UI. */
    private List<Element> ancestry(Element element) {
        var parents = new HashMap<Integer, Integer>();
        for (var each : elements.values()) {
            each.children.values().forEach(list -> list.forEach(child -> parents.put(child, each.id)));
        }
        var path = new ArrayList<Element>();
        for (Element e = element; e != null && path.size() < 200; e = elements.get(parents.getOrDefault(e.id, -1))) {
            path.add(e);
        }
        return path;
    }

    /** A click on a grid's row, by the key the grid sent with the item. */
    public List<ObjectNode> clickRow(Element grid, String itemKey) {
        return List.of(event(grid.id, "item-click",
                dataFor(grid, "item-click", Map.of("event.detail.itemKey", JSON.getNodeFactory().textNode(itemKey)))));
    }

    /** Typing: the value, then the events the server listens to for it. */
    public List<ObjectNode> type(Element field, String value) {
        var rpc = new ArrayList<ObjectNode>();
        rpc.add(sync(field, "value", JSON.getNodeFactory().textNode(value)));
        for (String name : List.of("input", "change", "value-changed")) {
            if (field.listensTo(name)) {
                rpc.add(event(field.id, name, dataFor(field, name, Map.of())));
            }
        }
        return rpc;
    }

    /** A combo box asking for its first items, as it does when opened. */
    public List<ObjectNode> requestItems(Element comboBox) {
        var call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", comboBox.id);
        call.put("templateEventMethodName", "setViewportRange");
        call.putArray("templateEventMethodArgs").add(0).add(50).add("");
        call.put("promise", ++promises);
        typedFilter.put(comboBox.id, "");
        return List.of(call);
    }

    /** Chooses the combo box's item with this key. */
    public List<ObjectNode> choose(Element comboBox, String itemKey) {
        return type(comboBox, itemKey);
    }

    // ---- What the person sees. ----

    /** The element's text with all its descendants', as a person reads it. */
    public String textOf(Element element) {
        var out = new StringBuilder();
        collect(element, out, 0);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    public Optional<Element> find(Predicate<Element> which) {
        Element found = null;
        for (var element : elements.values()) {
            if (which.test(element) && (found == null || element.id > found.id)) {
                found = element;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The newest button reading {@code text}. */
    public Element button(String text) {
        return find(e -> e.tag.equals("vaadin-button") && textOf(e).equals(text))
            .orElseThrow(() -> new AssertionError("no button \"" + text + "\" in UI " + uiId));
    }

    /** The newest field labelled {@code label}. */
    public Element field(String label) {
        return find(e -> e.tag.startsWith("vaadin-") && e.property("label").equals(label))
            .orElseThrow(() -> new AssertionError("no field \"" + label + "\" in UI " + uiId));
    }

    /** The newest field whose placeholder reads {@code placeholder} (a search box). */
    public Element fieldWithPlaceholder(String placeholder) {
        return find(e -> e.tag.startsWith("vaadin-") && e.property("placeholder").equals(placeholder))
            .orElseThrow(() -> new AssertionError("no field \"" + placeholder + "\" in UI " + uiId));
    }

    public Element tag(String tag) {
        return find(e -> e.tag.equals(tag)).orElseThrow(() -> new AssertionError("no " + tag + " in UI " + uiId));
    }

    /**
     * The key of the newest item, among those the server sent for grids and combo boxes,
     * whose fields include {@code text}.
     */
    public Optional<String> itemKey(Predicate<String> text) {
        String found = null;
        for (String uidl : recent) {
            if (!uidl.contains("\"key\"")) {
                continue;
            }
            for (var call : JSON.readTree(uidl).path("execute")) {
                for (var argument : call) {
                    for (var item : argument.isArray() ? argument : JSON.createArrayNode()) {
                        if (item.isObject() && item.has("key") && matches(item, text)) {
                            found = item.get("key").asString();
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean matches(JsonNode item, Predicate<String> text) {
        for (var field : item.properties()) {
            if (!field.getKey().equals("key") && field.getValue().isString()
                    && text.test(field.getValue().asString())) {
                return true;
            }
        }
        return false;
    }

    // ---- Reading the server's changes. ----

    private void apply(JsonNode uidl, String body) {
        lastBody = body;
        recent.addLast(body.replace('\n', ' '));
        while (recent.size() > ANSWERS_KEPT) {
            recent.removeFirst();
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        var sent = uidl.get("constants");
        if (sent != null) {
            for (var constant : sent.properties()) {
                constants.put(constant.getKey(), constant.getValue());
            }
        }
        var execute = uidl.get("execute");
        if (execute != null) {
            for (var call : execute) {
                answer(call);
            }
        }
        var changes = uidl.get("changes");
        if (changes == null) {
            return;
        }
        openedJustNow.clear();
        for (var change : changes) {
            int node = change.get("node").asInt();
            switch (change.get("type").asString()) {
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
        overlaysChanged();
    }

    /**
     * What a browser does with the overlays the server opened or closed: a dialog or
     * notification the server closed reports {@code closed} once its closing animation
     * ends (the server then detaches it); a notification it opened closes itself after
     * its duration. Without these the server keeps every closed dialog in the UI.
     */
    private void overlaysChanged() {
        long now = System.currentTimeMillis();
        openedJustNow.forEach((node, opened) -> {
            var overlay = elements.get(node);
            if (overlay == null) {
                return;
            }
            if (opened && overlay.tag.equals("vaadin-notification")) {
                var duration = overlay.properties.get("duration");
                long millis = duration == null || !duration.isNumber() ? 5000 : duration.asLong();
                if (millis > 0) {
                    notificationsShowing.put(node, now + millis);
                }
            }
            else if (!opened && overlay.listensTo("closed")) {
                notificationsShowing.remove(node);
                answers.add(closed(node));
            }
        });
        openedJustNow.clear();
    }

    private void closeNotificationsDue() {
        long now = System.currentTimeMillis();
        var due = notificationsShowing.entrySet().iterator();
        while (due.hasNext()) {
            var showing = due.next();
            var notification = elements.get(showing.getKey());
            if (notification == null) {
                due.remove();
            }
            else if (showing.getValue() <= now) {
                due.remove();
                answers.add(sync(notification, "opened", JSON.getNodeFactory().booleanNode(false)));
                if (notification.listensTo("opened-changed")) {
                    answers.add(event(notification.id, "opened-changed",
                            dataFor(notification, "opened-changed", Map.of())));
                }
                if (notification.listensTo("closed")) {
                    answers.add(closed(notification.id));
                }
            }
        }
    }

    /** A property the browser changed, as it reports it. */
    private static ObjectNode sync(Element element, String property, JsonNode value) {
        var sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", element.id);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.set("value", value);
        return sync;
    }

    /** The {@code closed} event as the browser sends it: no data. */
    private static ObjectNode closed(int node) {
        var rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", "closed");
        return rpc;
    }

    /** The answers the browser's connectors give to the JavaScript the server sent. */
    private void answer(JsonNode call) {
        int last = call.size() - 1;
        if (last < 1 || !call.get(last).isString()) {
            return;
        }
        String script = call.get(last).asString();
        if (script.contains("$connector.confirm($1,$2)") && call.get(0).has("@v-node")) {
            // A combo box confirms only the answer to the filter it last asked with
            // (comboBoxConnector.js: "if (filter !== lastTypedFilter) return").
            int node = call.get(0).get("@v-node").asInt();
            if (call.get(2).isString() && call.get(2).asString().equals(typedFilter.getOrDefault(node, ""))) {
                answers.add(published(node, "confirmUpdate", call.get(1)));
            }
        }
        else if (script.contains("$connector.confirm($1)") && call.get(0).has("@v-node")) {
            answers.add(published(call.get(0).get("@v-node").asInt(), "confirmUpdate", call.get(1)));
        }
        // "this.$server['}p'](...)" resolves the browser's own promise for a call it
        // made:
        // it stays in the browser and sends nothing back.
    }

    private ObjectNode published(int node, String method, JsonNode... arguments) {
        var rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        var args = rpc.putArray("templateEventMethodArgs");
        for (var argument : arguments) {
            args.add(argument);
        }
        rpc.put("promise", ++promises);
        return rpc;
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
            case 1 -> {
                element.properties.put(key, value == null ? JSON.nullNode() : value);
                if (key.equals("opened") && value != null && value.isBoolean()) {
                    openedJustNow.put(element.id, value.asBoolean());
                }
            }
            case 3 -> element.attributes.put(key, value == null ? "" : str(value));
            case 4 -> element.listeners.put(key, value == null ? "" : str(value));
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

    /**
     * The data the server asked to receive with this event (its expressions, sent once as
     * constants), each as a browser would fill it for a plain click: no key held, the
     * first button, position 10, one click; {@code given} wins.
     */
    private ObjectNode dataFor(Element element, String event, Map<String, JsonNode> given) {
        var data = JSON.createObjectNode();
        var expressions = constants.get(element.listeners.getOrDefault(event, ""));
        if (expressions != null && expressions.isObject()) {
            for (var expression : expressions.properties()) {
                String name = expression.getKey();
                if (name.startsWith("}") || name.chars().allMatch(Character::isDigit)) {
                    // A property synchronised with the event, or the event's debounce
                    // settings.
                    continue;
                }
                if (name.endsWith("Key")) {
                    data.put(name, false);
                }
                else if (name.contains("screen") || name.contains("client") || name.endsWith("detail")
                        || name.endsWith("button")) {
                    data.put(name, name.endsWith("button") ? 0 : name.endsWith("detail") ? 1 : 10);
                }
                else {
                    data.putNull(name);
                }
            }
        }
        given.forEach(data::set);
        return data;
    }

    public static ObjectNode event(int node, String name, ObjectNode data) {
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

}
