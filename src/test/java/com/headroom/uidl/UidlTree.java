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

    final Map<Integer, Element> elements = new LinkedHashMap<>();

    final Map<String, JsonNode> constants = new HashMap<>();

    private String lastBody = "";

    /**
     * The last answers, newest last: enough for what a step reads (the items a grid was
     * just sent), bounded so that a virtual user's day does not pile up in memory.
     */
    private final java.util.ArrayDeque<String> recent = new java.util.ArrayDeque<>();

    private static final int ANSWERS_KEPT = 6;

    /** What the browser's JavaScript answers by itself, sent with the next message. */
    private final BrowserAnswers answers = new BrowserAnswers(this);

    private final Clicks clicks = new Clicks(this);

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
        answers.takeAll().forEach(calls::add);
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
        return clicks.on(target);
    }

    /**
     * A click on the first element matching {@code selector} inside markup the server
     * sent as an element's {@code innerHTML} (a calendar drawn as one piece).
     */
    public List<ObjectNode> clickInMarkup(String selector) {
        return clicks.inMarkup(selector);
    }

    /** A click on a grid's row, by the key the grid sent with the item. */
    public List<ObjectNode> clickRow(Element grid, String itemKey) {
        return List.of(event(grid.id, "item-click",
                dataFor(grid, "item-click", Map.of("event.detail.itemKey", JSON.getNodeFactory().textNode(itemKey)))));
    }

    /** Typing: the value, then the events the server listens to for it. */
    public List<ObjectNode> type(Element field, String value) {
        var rpc = new ArrayList<ObjectNode>();
        rpc.add(BrowserAnswers.sync(field, "value", JSON.getNodeFactory().textNode(value)));
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
        call.put("promise", answers.nextPromise());
        answers.askedForItems(comboBox.id, "");
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
                answers.scriptRan(call);
            }
        }
        var changes = uidl.get("changes");
        if (changes == null) {
            return;
        }
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
        answers.changesApplied();
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
                    answers.openedSet(element.id, value.asBoolean());
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
    ObjectNode dataFor(Element element, String event, Map<String, JsonNode> given) {
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
