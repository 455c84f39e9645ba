package com.headroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SafeMarkupTest {

    @Test
    void keeps_the_tags_and_attributes_it_is_told_and_escaped_text_and_drops_the_rest() {
        var root = new Element("div").addClass("calendar");
        root.appendElement("span").attr("data-day", "2026-12-10").attr("onclick", "steal()").text("<b>Thu</b>");
        root.appendElement("script").text("steal()");
        root.appendElement("a").attr("href", "javascript:steal()").text("link");
        // What a later change might do by mistake: markup from a string inside the tree.
        root.appendElement("span").html("<img src=x onerror=steal()>Post");

        var shown = Jsoup
            .parseBodyFragment(SafeMarkup.of(root, new String[] { "div", "span" }, "data-day").getInnerHtml())
            .body();

        assertThat(shown.select("span[data-day=2026-12-10]").text()).isEqualTo("<b>Thu</b>");
        assertThat(shown.select("b, script, img, a, [onclick], [onerror], [href]")).isEmpty();
        assertThat(shown.text()).doesNotContain("steal").contains("Post", "link");
    }

}
