package com.headroom.uidl;

import com.headroom.uidl.UidlTree.Element;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a click lands and what it carries, as the browser works it out: the nearest
 * element that listens, with what its listener reads from the clicked element (its
 * {@code data-} attributes or its ancestors').
 */
final class Clicks {

    private final UidlTree tree;

    Clicks(UidlTree tree) {
        this.tree = tree;
    }

    /**
     * A click on an element as the browser delivers it: to the nearest element, itself or
     * an ancestor, that listens for clicks, with what the listener reads from the clicked
     * element ({@code event.target.closest('[data-day]')?.dataset.day}) taken from its
     * attributes.
     */
    List<ObjectNode> on(Element target) {
        return through(List.of(), target);
    }

    /**
     * A click on the first element matching {@code selector} inside markup the server
     * sent as an element's {@code innerHTML} (a calendar drawn as one piece): what the
     * listener reads from it comes from the clicked element's attributes, then its
     * ancestors' in the markup, then the host's in the tree.
     */
    List<ObjectNode> inMarkup(String selector) {
        for (var host : tree.elements.values()) {
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
                return through(inMarkup, host);
            }
        }
        throw new AssertionError("nothing matches " + selector + " in UI " + tree.uiId());
    }

    private List<ObjectNode> through(List<Map<String, String>> inMarkup, Element target) {
        var path = ancestry(target);
        var attributes = new ArrayList<>(inMarkup);
        path.forEach(e -> attributes.add(e.attributes));
        var listening = path.stream()
            .filter(e -> e.listensTo("click"))
            .findFirst()
            .orElseThrow(
                    () -> new AssertionError("nothing listens for a click on " + target.tag + " in UI " + tree.uiId()));
        var given = new HashMap<String, JsonNode>();
        var expressions = tree.constants.get(listening.listeners.get("click"));
        if (expressions != null && expressions.isObject()) {
            for (var expression : expressions.properties()) {
                var closest = CLOSEST_DATA.matcher(expression.getKey());
                if (closest.matches()) {
                    attributes.stream()
                        .map(a -> a.get("data-" + closest.group(1)))
                        .filter(java.util.Objects::nonNull)
                        .findFirst()
                        .ifPresent(value -> given.put(expression.getKey(),
                                UidlTree.JSON.getNodeFactory().textNode(value)));
                }
            }
        }
        return List.of(UidlTree.event(listening.id, "click", tree.dataFor(listening, "click", given)));
    }

    private static final java.util.regex.Pattern CLOSEST_DATA = java.util.regex.Pattern
        .compile("event\\.target\\.closest\\('\\[data-([a-z-]+)\\]'\\)\\?\\.dataset\\.\\w+");

    /** The element, its parent, its parent's parent, up to the UI. */
    private List<Element> ancestry(Element element) {
        var parents = new HashMap<Integer, Integer>();
        for (var each : tree.elements.values()) {
            each.children.values().forEach(list -> list.forEach(child -> parents.put(child, each.id)));
        }
        var path = new ArrayList<Element>();
        for (Element e = element; e != null
                && path.size() < 200; e = tree.elements.get(parents.getOrDefault(e.id, -1))) {
            path.add(e);
        }
        return path;
    }

}
