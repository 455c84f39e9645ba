package com.headroom.prospect.ui;

import com.headroom.base.ui.Formats;
import com.headroom.prospect.PipelineCounts;
import com.headroom.prospect.Stage;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * The pipeline above the prospect list: a chip a stage with its count, and "Do not
 * contact"; a click on one filters the list by it, a click on the chosen one clears it.
 * The chips are plain buttons in one piece of escaped markup with one click listener that
 * reads the chip from the event: a button component a chip (eight, made again on every
 * change of filter) cost each open list some 15 KB on the server.
 */
final class PipelineChips extends Div {

    /** The chip a click was on, as the browser reports it. */
    static final String CHIP = "event.target.closest('[data-chip]')?.dataset.chip";

    /**
     * The chip of the prospects marked do-not-contact (the others are a stage's name).
     */
    static final String DO_NOT_CONTACT = "DO_NOT_CONTACT";

    private final Span value = new Span();

    private Html chips;

    /**
     * @param clicked told the chip clicked: a {@link Stage}, or {@link #DO_NOT_CONTACT}
     */
    PipelineChips(Consumer<Object> clicked) {
        addClassName("pipeline");
        add(value);
        getElement().addEventListener("click", e -> chip(e).ifPresent(clicked)).addEventData(CHIP);
    }

    /**
     * Shows the counts, {@code chosen} (a stage, {@link #DO_NOT_CONTACT} or null) as
     * pressed, and what the filter's deals are worth.
     */
    void show(PipelineCounts counts, Object chosen, String worth) {
        var root = new org.jsoup.nodes.Element("div").addClass("pipeline-chips");
        for (Stage s : Stage.values()) {
            add(root, s.name(), s.label(), counts.inStage(s), s == chosen);
        }
        add(root, DO_NOT_CONTACT, "Do not contact", counts.doNotContact(), DO_NOT_CONTACT.equals(chosen));
        if (chips != null) {
            remove(chips);
        }
        chips = new Html(root.outerHtml());
        addComponentAsFirst(chips);
        value.setText(worth);
    }

    private static void add(org.jsoup.nodes.Element root, String key, String label, long count, boolean pressed) {
        // jsoup escapes the text and the attributes: the markup holds no string of ours.
        root.appendElement("button")
            .attr("type", "button")
            .addClass("pipeline-chip")
            .attr("data-chip", key)
            .attr("aria-pressed", Boolean.toString(pressed))
            .text(label + " " + Formats.number(count));
    }

    /** The chip the event names, if it names one of ours (anything else is ignored). */
    private static Optional<Object> chip(DomEvent event) {
        JsonNode chip = event.getEventData().get(CHIP);
        if (chip == null || !chip.isString()) {
            return Optional.empty();
        }
        String key = chip.asString();
        if (DO_NOT_CONTACT.equals(key)) {
            return Optional.of(DO_NOT_CONTACT);
        }
        for (Stage s : Stage.values()) {
            if (s.name().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

}
