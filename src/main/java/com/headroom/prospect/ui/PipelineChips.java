package com.headroom.prospect.ui;

import com.headroom.base.ui.Formats;
import com.headroom.base.ui.SafeMarkup;
import com.headroom.prospect.PipelineCounts;
import com.headroom.prospect.Stage;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * The pipeline above the prospect list: a chip a stage with its count, and one for
 * do-not-contact; a click on one filters the list by it, a click on the chosen one clears
 * it. The chips are plain buttons in one piece of markup with one click listener that
 * reads the chip from the event: a button component a chip (eleven, made again on every
 * change of filter) cost each open list some 30 KB on the server.
 */
final class PipelineChips extends Div {

    /** The chip a click was on, as the browser reports it. */
    static final String CHIP = "event.target.closest('[data-chip]')?.dataset.chip";

    /** The do-not-contact chip's name in the markup (the others are a stage's). */
    static final String DO_NOT_CONTACT_CHIP = "DO_NOT_CONTACT";

    private final Object doNotContact;

    private final Span worth = new Span();

    private Html chips;

    /**
     * @param doNotContact the stage filter's value for do-not-contact, told and shown
     * like a stage
     * @param clicked told the chip clicked: a {@link Stage}, or {@code doNotContact}
     */
    PipelineChips(Object doNotContact, Consumer<Object> clicked) {
        this.doNotContact = doNotContact;
        addClassName("pipeline");
        add(worth);
        getElement().addEventListener("click", e -> chip(e).ifPresent(clicked)).addEventData(CHIP);
    }

    /**
     * Shows the counts with {@code chosen} (a stage, the do-not-contact value, or null)
     * pressed, and what the filter's deals are worth.
     */
    void show(PipelineCounts counts, Object chosen, String dealsWorth) {
        var root = new Element("div").addClass("pipeline-chips");
        for (Stage s : Stage.values()) {
            add(root, s.name(), s.label(), counts.inStage(s), s == chosen);
        }
        add(root, DO_NOT_CONTACT_CHIP, "Do not contact", counts.doNotContact(), doNotContact.equals(chosen));
        if (chips != null) {
            remove(chips);
        }
        chips = SafeMarkup.of(root, new String[] { "div", "button" }, "type", "data-chip", "aria-pressed");
        addComponentAsFirst(chips);
        worth.setText(dealsWorth);
    }

    private static void add(Element root, String name, String label, long count, boolean pressed) {
        root.appendElement("button")
            .attr("type", "button")
            .addClass("pipeline-chip")
            .attr("data-chip", name)
            .attr("aria-pressed", Boolean.toString(pressed))
            .text(label + " " + Formats.number(count));
    }

    /** The chip the event names, if it names one of ours (anything else is ignored). */
    private Optional<Object> chip(DomEvent event) {
        JsonNode chip = event.getEventData().get(CHIP);
        if (chip == null || !chip.isString()) {
            return Optional.empty();
        }
        String name = chip.asString();
        if (DO_NOT_CONTACT_CHIP.equals(name)) {
            return Optional.of(doNotContact);
        }
        for (Stage s : Stage.values()) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

}
