package com.headroom.base.ui;

import com.vaadin.flow.component.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Markup a view draws itself, many elements as one server node (a component each would
 * cost the server about a kilobyte for as long as the tab is open). The view builds it as
 * jsoup elements, which escape every text and attribute; on the way out jsoup's cleaner
 * keeps only the tags and attributes the view says it uses, so that no script, event
 * handler or link reaches the browser whatever a later change puts in.
 */
public final class SafeMarkup {

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private SafeMarkup() {
    }

    /**
     * {@code root} as a component, with only {@code tags} and, on any of them,
     * {@code attributes} ({@code class} is always allowed).
     */
    public static Html of(Element root, String[] tags, String... attributes) {
        var allowed = new Safelist().addTags(tags).addAttributes(":all", "class").addAttributes(":all", attributes);
        return new Html(Jsoup.clean(root.outerHtml(), "", allowed, COMPACT));
    }

}
