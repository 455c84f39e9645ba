package com.headroom.content.ui;

import com.headroom.base.ui.SafeMarkup;
import com.headroom.content.CadenceFinding;
import com.headroom.content.ContentItem;
import com.headroom.content.ContentStatus;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * The month or week grid of the content calendar: a cell per day with a chip per item.
 * Click a day to plan on it, click a chip to open it, drag a chip to another day.
 *
 * <p>
 * The calendar listens once for clicks and drops and reads from the event which day and
 * which item they were on, instead of a listener (and a drag-and-drop connector) per cell
 * and per chip: a month has 42 days, and those listeners and components were most of what
 * an open calendar held on the server.
 */
final class ContentCalendar extends Div {

    /** What the calendar's clicks and drops ask the view to do. */
    interface Actions {

        void open(ContentItem item);

        void plan(LocalDate day);

        void move(ContentItem item, LocalDate day);

    }

    static final String DAY = "event.target.closest('[data-day]')?.dataset.day";

    static final String ITEM = "event.target.closest('[data-item]')?.dataset.item";

    static final String DRAGGED = "event.dataTransfer.getData('text/plain')";

    /**
     * Dragging in the browser: a chip that may move carries its item's id, and a day
     * accepts it (and shows where it would land).
     */
    private static final String DRAG_AND_DROP = """
            if (this.__contentDragAndDrop) return;
            this.__contentDragAndDrop = true;
            const clear = () => this.querySelectorAll('.drop-here').forEach(d => d.classList.remove('drop-here'));
            this.addEventListener('dragstart', e => {
              const chip = e.target.closest?.('[data-item][draggable=true]');
              if (chip) { e.dataTransfer.setData('text/plain', chip.dataset.item); e.dataTransfer.effectAllowed = 'move'; }
            });
            this.addEventListener('dragover', e => {
              const day = e.target.closest?.('[data-day]');
              if (!day) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
              if (!day.classList.contains('drop-here')) { clear(); day.classList.add('drop-here'); }
            });
            this.addEventListener('drop', e => { e.preventDefault(); clear(); });
            this.addEventListener('dragend', clear);
            """;

    private static final DateTimeFormatter DAY_TITLE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final Actions actions;

    /** The items on show, by id: what a click or a drop may name. */
    private final Map<Long, ContentItem> shown = new HashMap<>();

    ContentCalendar(Actions actions) {
        this.actions = actions;
        addClassName("calendar-frame");
        getElement().addEventListener("click", this::clicked).addEventData(DAY).addEventData(ITEM);
        getElement().addEventListener("drop", this::dropped).addEventData(DAY).addEventData(DRAGGED);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs(DRAG_AND_DROP);
    }

    /**
     * Draws the days from {@code from} to {@code to} (exclusive); days outside
     * {@code month}, when given, are drawn as the neighbouring months'.
     *
     * <p>
     * The days are markup sent once, not components: what a person does with them arrives
     * at this calendar's two listeners, so the server needs no node for each of 42 days
     * and their items (each node costs about a kilobyte for as long as the tab is open).
     * It is built as elements with jsoup, so every title and name in it is escaped, and
     * leaves through {@link SafeMarkup}, which keeps only the tags and attributes below.
     */
    void draw(LocalDate from, LocalDate to, Optional<java.time.Month> month, LocalDate today, List<ContentItem> items,
            Function<ContentItem, LocalDate> dayOf, List<CadenceFinding> found, Function<ContentItem, String> label) {
        shown.clear();
        items.forEach(item -> shown.put(item.id(), item));
        var calendar = new Element("div").addClass("calendar");
        if (month.isEmpty()) {
            calendar.addClass("week");
        }
        for (var d = DayOfWeek.MONDAY;; d = d.plus(1)) {
            calendar.appendElement("div")
                .addClass("calendar-head")
                .text(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            if (d == DayOfWeek.SUNDAY) {
                break;
            }
        }
        Map<LocalDate, List<ContentItem>> byDay = items.stream().collect(Collectors.groupingBy(dayOf));
        Map<LocalDate, List<CadenceFinding>> findingsByDay = found.stream()
            .collect(Collectors.groupingBy(CadenceFinding::day));
        for (var day = from; day.isBefore(to); day = day.plusDays(1)) {
            var cell = calendar.appendElement("div")
                .addClass("calendar-day")
                .attr("data-day", day.toString())
                .attr("data-label", day.getDayOfMonth() == 1 || day.equals(from) ? DAY_TITLE.format(day)
                        : Integer.toString(day.getDayOfMonth()));
            if (month.isPresent() && day.getMonth() != month.get()) {
                cell.addClass("other-month");
            }
            if (day.equals(today)) {
                cell.addClass("today");
            }
            for (var item : byDay.getOrDefault(day, List.of())) {
                chip(cell, item, label.apply(item));
            }
            var dayFindings = findingsByDay.getOrDefault(day, List.of());
            for (var kind : CadenceFinding.Kind.values()) {
                var ofKind = dayFindings.stream().filter(f -> f.kind() == kind).toList();
                if (!ofKind.isEmpty()) {
                    String word = kind == CadenceFinding.Kind.GAP ? "gap" : "slip";
                    // The sentences show on hover; the list above the calendar has them
                    // all.
                    cell.appendElement("span")
                        .addClass("finding-" + word)
                        .attr("title", String.join("\n", ofKind.stream().map(CadenceFinding::sentence).toList()))
                        .text(ofKind.size() == 1 ? capitalized(word) : ofKind.size() + " " + word + "s");
                }
            }
        }
        removeAll();
        add(SafeMarkup.of(calendar, new String[] { "div", "span" }, "data-day", "data-label", "data-item", "draggable",
                "title"));
    }

    /** A message in place of the days. */
    void show(String message) {
        removeAll();
        shown.clear();
        add(new Span(message));
    }

    private static void chip(Element cell, ContentItem item, String label) {
        var chip = cell.appendElement("div")
            .addClass("content-chip")
            .addClass(ContentView.typeClass(item.type()))
            .addClass(ContentView.statusClass(item))
            .attr("title", ContentView.chipTip(item))
            .attr("data-item", Long.toString(item.id()))
            .text(label);
        if (movable(item)) {
            chip.attr("draggable", "true");
        }
    }

    private static boolean movable(ContentItem item) {
        return item.mayEdit() && item.status() != ContentStatus.PUBLISHED;
    }

    private void clicked(DomEvent event) {
        var item = shownItem(event.getEventData().get(ITEM));
        if (item.isPresent()) {
            actions.open(item.get());
            return;
        }
        day(event.getEventData().get(DAY)).ifPresent(actions::plan);
    }

    private void dropped(DomEvent event) {
        var item = shownItem(event.getEventData().get(DRAGGED)).filter(ContentCalendar::movable);
        var day = day(event.getEventData().get(DAY));
        if (item.isPresent() && day.isPresent()) {
            actions.move(item.get(), day.get());
        }
    }

    /** Only an item on show: the id comes from the browser. */
    private Optional<ContentItem> shownItem(JsonNode id) {
        if (id == null || !id.isString()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(shown.get(Long.parseLong(id.asString())));
        }
        catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> day(JsonNode day) {
        if (day == null || !day.isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(day.asString()));
        }
        catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

}
