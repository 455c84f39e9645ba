package com.headroom.uidl;

import com.headroom.uidl.UidlTree.Element;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the browser's JavaScript answers by itself, captured from Chromium against
 * Headroom: a grid or combo box confirming the data it was sent, an overlay that closed,
 * a notification whose seconds ran out. They go with the next message. Without them the
 * server keeps every unconfirmed update and every closed dialog, and a day of clicks
 * piles up in the session.
 */
final class BrowserAnswers {

    private final UidlTree tree;

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

    private int promises;

    BrowserAnswers(UidlTree tree) {
        this.tree = tree;
    }

    /** What goes with the next message, the notifications due to close included. */
    List<ObjectNode> takeAll() {
        closeNotificationsDue();
        var all = List.copyOf(answers);
        answers.clear();
        return all;
    }

    int nextPromise() {
        return ++promises;
    }

    void askedForItems(int comboBox, String filter) {
        typedFilter.put(comboBox, filter);
    }

    void openedSet(int node, boolean opened) {
        openedJustNow.put(node, opened);
    }

    /**
     * What a browser does with the overlays the server opened or closed: a dialog or
     * notification the server closed reports {@code closed} once its closing animation
     * ends (the server then detaches it); a notification it opened closes itself after
     * its duration. Without these the server keeps every closed dialog in the UI.
     */
    void changesApplied() {
        long now = System.currentTimeMillis();
        openedJustNow.forEach((node, opened) -> {
            var overlay = tree.elements.get(node);
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
            var notification = tree.elements.get(showing.getKey());
            if (notification == null) {
                due.remove();
            }
            else if (showing.getValue() <= now) {
                due.remove();
                answers.add(sync(notification, "opened", UidlTree.JSON.getNodeFactory().booleanNode(false)));
                if (notification.listensTo("opened-changed")) {
                    answers.add(UidlTree.event(notification.id, "opened-changed",
                            tree.dataFor(notification, "opened-changed", Map.of())));
                }
                if (notification.listensTo("closed")) {
                    answers.add(closed(notification.id));
                }
            }
        }
    }

    /** A property the browser changed, as it reports it. */
    static ObjectNode sync(Element element, String property, JsonNode value) {
        var sync = UidlTree.JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", element.id);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.set("value", value);
        return sync;
    }

    /** The {@code closed} event as the browser sends it: no data. */
    private static ObjectNode closed(int node) {
        var rpc = UidlTree.JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", "closed");
        return rpc;
    }

    /** The answer the browser's connectors give to JavaScript the server sent. */
    void scriptRan(JsonNode call) {
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
        var rpc = UidlTree.JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        var args = rpc.putArray("templateEventMethodArgs");
        for (var argument : arguments) {
            args.add(argument);
        }
        rpc.put("promise", nextPromise());
        return rpc;
    }

}
