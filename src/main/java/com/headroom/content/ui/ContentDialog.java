package com.headroom.content.ui;

import com.headroom.base.ui.Pickers;
import com.headroom.base.RuleViolation;
import com.headroom.base.ui.FieldErrors;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.FormSection;
import com.headroom.base.ui.Notifications;
import com.headroom.content.ContentDraft;
import com.headroom.content.ContentItem;
import com.headroom.content.ContentPerformance;
import com.headroom.content.ContentReview;
import com.headroom.content.ContentService;
import com.headroom.content.ContentStatus;
import com.headroom.content.ContentTeam;
import com.headroom.content.ContentType;
import com.headroom.content.PostText;
import com.headroom.prospect.MetPeople;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One content item: the editor with the live character count, the fold preview and what
 * to fix; the way to review and publish; and, once live, how it did.
 */
class ContentDialog extends Dialog {

    private final ContentService content;

    private final ContentReview review;

    private final ContentPerformance performance;

    private final ContentTeam team;

    private final Clock clock;

    private final Runnable changed;

    private ContentItem item;

    private final MetPeople metPeople;

    private final Select<ContentType> type = new Select<>();

    private final ComboBox<ContentTeam.Topic> topic = new ComboBox<>("Topic");

    private final TextField title = new TextField("Title");

    private final DateTimePicker plannedAt = Pickers.dateTime("Goes out");

    private final TextArea body = new TextArea("Text");

    private final TextField hashtags = new TextField("Hashtags");

    private final Span counter = new Span();

    private final Span tagCount = new Span();

    private final Paragraph fold = new Paragraph();

    private final UnorderedList warnings = new UnorderedList();

    ContentDialog(ContentService content, ContentReview review, ContentPerformance performance, ContentTeam team,
            ContentItem item, LocalDate day, Clock clock, Runnable changed, MetPeople metPeople) {
        this.metPeople = metPeople;
        this.content = content;
        this.review = review;
        this.performance = performance;
        this.team = team;
        this.item = item;
        this.clock = clock;
        this.changed = changed;
        setWidth("min(60rem, 96vw)");
        type.setLabel("Kind of content");
        type.setItems(ContentType.values());
        type.setItemLabelGenerator(ContentType::label);
        topic.setItems(team.topics().stream().filter(t -> !t.archived()).toList());
        topic.setItemLabelGenerator(ContentTeam.Topic::name);
        topic.setClearButtonVisible(true);
        topic.setHelperText(team.topics().isEmpty()
                ? "Your team has no topics yet: add them under \"Topics," + " cadence and review\"" : null);
        title.setMaxLength(200);
        plannedAt.setStep(java.time.Duration.ofMinutes(15));
        plannedAt.setHelperText("In " + team.zone().getId() + " time");
        body.setWidthFull();
        body.setMinHeight("12rem");
        body.setValueChangeMode(ValueChangeMode.EAGER);
        hashtags.setPlaceholder("#sales #prospecting");
        hashtags.setValueChangeMode(ValueChangeMode.EAGER);
        counter.addClassName("char-counter");
        tagCount.addClassName("char-counter");
        fold.addClassName("fold-preview");
        warnings.addClassName("lint-warnings");
        body.addValueChangeListener(e -> measure());
        hashtags.addValueChangeListener(e -> measure());
        type.addValueChangeListener(e -> measure());

        if (item == null) {
            type.setValue(ContentType.INDUSTRY_INSIGHT);
            if (day != null) {
                plannedAt.setValue(LocalDateTime.of(day, LocalTime.of(9, 0)));
            }
        }
        else {
            read(item);
        }
        build();
    }

    private void read(ContentItem i) {
        type.setValue(i.type());
        topic.setValue(team.topics()
            .stream()
            .filter(t -> i.topicId() != null && t.id() == i.topicId())
            .findFirst()
            .orElse(null));
        title.setValue(i.title());
        body.setValue(i.body() == null ? "" : i.body());
        hashtags.setValue(i.hashtags() == null ? "" : i.hashtags());
        plannedAt.setValue(i.plannedAt() == null ? null : LocalDateTime.ofInstant(i.plannedAt(), team.zone()));
    }

    private void build() {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(item == null ? "New item" : item.title());
        boolean editable = item == null || (item.mayEdit()
                && (item.status().editable() || (item.status() == ContentStatus.SCHEDULED && !team.requireReview())));
        type.setReadOnly(!editable);
        topic.setReadOnly(!editable);
        title.setReadOnly(!editable);
        body.setReadOnly(!editable);
        hashtags.setReadOnly(!editable);
        // The day may change until it is published, also for a scheduled or reviewed
        // item.
        plannedAt.setReadOnly(item != null && (!item.mayEdit() || item.status() == ContentStatus.PUBLISHED
                || item.status() == ContentStatus.ARCHIVED));

        if (item != null) {
            var status = new Paragraph(standing() + " · by " + item.authorName());
            status.addClassName("hint");
            add(status);
            if (item.reviewComment() != null && item.status() == ContentStatus.DRAFT) {
                var comment = new Paragraph(
                        "Sent back by " + item.reviewedByName() + ": \"" + item.reviewComment() + "\"");
                comment.addClassName("notice");
                add(comment);
            }
        }
        var form = new FormLayout(type, topic, title, plannedAt);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        add(form, body, counter);
        var preview = new Div(FormSection.titled("What the feed shows"), fold);
        preview.addClassName("card");
        add(preview, hashtags, tagCount, warnings);
        measure();

        if (item != null && item.status() == ContentStatus.PUBLISHED) {
            add(new HowItDidCard(performance, team, item, () -> {
                changed.run();
                build();
            }));
        }
        actions(editable);
    }

    /** The live count, fold preview and warnings: computed here, as the author types. */
    private void measure() {
        var kind = type.getValue() == null ? ContentType.INDUSTRY_INSIGHT : type.getValue();
        int length = PostText.length(body.getValue());
        counter.setText(String.format(Locale.ENGLISH, "%,d of %,d characters", length, kind.characterLimit())
                + (length > kind.characterLimit()
                        ? String.format(Locale.ENGLISH, ": %,d too many", length - kind.characterLimit()) : ""));
        counter.getElement().getClassList().set("over", length > kind.characterLimit());
        int tags = PostText.hashtags(body.getValue(), hashtags.getValue()).size();
        tagCount.setText(tags == 1 ? "1 hashtag" : tags + " hashtags");
        if (!kind.folds()) {
            fold.setText("Articles and newsletters are read in full: no fold.");
        }
        else if (body.getValue().isBlank()) {
            fold.setText("Write the text to see what shows before \"…see more\".");
        }
        else {
            var f = PostText.fold(body.getValue());
            // Plain text only: setText never renders HTML from what the author typed.
            fold.setText(f.folded() ? f.shown() + "… see more" : f.shown());
        }
        warnings.removeAll();
        PostText.warnings(kind, body.getValue(), hashtags.getValue()).forEach(w -> warnings.add(new ListItem(w)));
    }

    private void actions(boolean editable) {
        getFooter().add(new Button("Close", e -> close()));
        if (item == null) {
            getFooter().add(primary("Save", this::create));
            return;
        }
        if (editable) {
            getFooter().add(new Button("Save", e -> save()));
        }
        else if (item.mayEdit() && item.status() != ContentStatus.PUBLISHED
                && item.status() != ContentStatus.ARCHIVED) {
            getFooter().add(new Button("Save the new day",
                    e -> run(() -> content.move(item.id(), item.version(), instant()), "Moved.")));
        }
        if (item.mayEdit() && item.status().editable()) {
            getFooter().add(primary(team.requireReview() ? "Send for review" : "Schedule", () -> {
                if (editable && !saveQuietly()) {
                    return;
                }
                run(() -> review.submit(item.id()), submitted -> submitted.status() == ContentStatus.IN_REVIEW
                        ? "Sent to your managers for review." : "Scheduled for " + when(submitted.plannedAt()) + ".");
            }));
        }
        if (item.mayReview()) {
            var comment = new TextField("Comment for the author");
            comment.setWidthFull();
            var approve = primary("Approve", () -> run(() -> review.approve(item.id()),
                    approved -> "Approved: scheduled for " + when(approved.plannedAt()) + "."));
            var back = new Button("Send back", e -> {
                try {
                    item = review.sendBack(item.id(), comment.getValue());
                    Notifications.success("Sent back to " + item.authorName() + ".");
                    changed.run();
                    build();
                }
                catch (RuleViolation violation) {
                    comment.setErrorMessage(violation.getMessage());
                    comment.setInvalid(true);
                }
            });
            var yourReview = new Div(FormSection.titled("Your review"), comment, new Div(approve, back));
            yourReview.addClassName("card");
            add(yourReview);
        }
        if (item.mayEdit() && (item.status() == ContentStatus.IN_REVIEW || item.status() == ContentStatus.SCHEDULED)) {
            getFooter()
                .add(new Button("Back to draft", e -> run(() -> review.backToDraft(item.id()), "Back to draft.")));
        }
        if (item.mayEdit() && item.status() == ContentStatus.SCHEDULED) {
            var url = new TextField("Link to the post on LinkedIn");
            url.setWidthFull();
            url.setPlaceholder("https://www.linkedin.com/posts/…");
            var when = Pickers.dateTime("Went out");
            when.setValue(LocalDateTime.ofInstant(clock.instant(), team.zone()).withSecond(0).withNano(0));
            var publish = primary("Mark as published", () -> {
                try {
                    item = content.publish(item.id(), url.getValue(),
                            when.getValue() == null ? null : when.getValue().atZone(team.zone()).toInstant());
                    Notifications.success("Published. Log how it does after a day and after a week.");
                    changed.run();
                    build();
                }
                catch (RuleViolation violation) {
                    FieldErrors.show(violation, Map.of("publishedUrl", url, "publishedAt", when));
                }
            });
            var how = new Paragraph("Headroom does not post for you. Once you have posted it on LinkedIn, paste"
                    + " its link here and mark it published.");
            how.addClassName("hint");
            var goneOut = new Div(FormSection.titled("Once it is on LinkedIn"), how, url, when, publish);
            goneOut.addClassName("card");
            add(goneOut);
        }
        if (item.type() == ContentType.EVENT || item.type() == ContentType.LIVE_VIDEO) {
            getFooter()
                .add(new Button("Log people you met", e -> new MetPeopleDialog(metPeople, item, team.zone()).open()));
        }
        if (item.mayEdit()) {
            if (item.status() == ContentStatus.ARCHIVED) {
                getFooter().add(new Button("Restore", e -> run(() -> content.restore(item.id()), "Restored.")));
            }
            else {
                var archive = new Button("Archive", e -> run(() -> content.archive(item.id()), "Archived."));
                archive.addThemeVariants(ButtonVariant.TERTIARY);
                getFooter().add(archive);
            }
        }
    }

    private void create() {
        try {
            item = content.create(team.teamId(), draft());
            Notifications.success(item.status() == ContentStatus.IDEA
                    ? "Idea saved. Write the text when you are" + " ready." : "Draft saved.");
            changed.run();
            build();
        }
        catch (RuleViolation violation) {
            FieldErrors.show(violation, fields());
        }
    }

    private void save() {
        if (saveQuietly()) {
            Notifications.success("Saved.");
        }
    }

    private boolean saveQuietly() {
        try {
            item = content.update(item.id(), item.version(), draft());
            changed.run();
            build();
            return true;
        }
        catch (RuleViolation violation) {
            FieldErrors.show(violation, fields());
            return false;
        }
    }

    /**
     * Where it stands, with its day and time in the team's zone: only a published item is
     * live.
     */
    private String standing() {
        return switch (item.status()) {
            case IN_REVIEW -> "In review: waiting for a manager's approval";
            case SCHEDULED ->
                item.plannedAt() == null ? "Scheduled, with no day yet" : "Scheduled for " + when(item.plannedAt());
            case PUBLISHED -> "Published: live on LinkedIn since " + when(item.publishedAt());
            default -> item.status().label();
        };
    }

    /** "Thu 10 Dec 09:00 (Europe/Berlin time)". */
    private String when(Instant at) {
        return Formats.dayTime(at, team.zone()) + " (" + team.zone().getId() + " time)";
    }

    private void run(Supplier<ContentItem> action, String done) {
        run(action, changedItem -> done);
    }

    private void run(Supplier<ContentItem> action, Function<ContentItem, String> done) {
        try {
            item = action.get();
            Notifications.success(done.apply(item));
            changed.run();
            build();
        }
        catch (RuleViolation violation) {
            FieldErrors.show(violation, fields());
        }
    }

    private ContentDraft draft() {
        return new ContentDraft(type.getValue(), topic.getValue() == null ? null : topic.getValue().id(),
                title.getValue(), body.getValue(), hashtags.getValue(), instant());
    }

    private Instant instant() {
        return plannedAt.getValue() == null ? null : plannedAt.getValue().atZone(team.zone()).toInstant();
    }

    private Map<String, HasValidation> fields() {
        return Map.of("type", type, "topicId", topic, "title", title, "plannedAt", plannedAt, "body", body, "hashtags",
                hashtags);
    }

    static Button primary(String label, Runnable action) {
        var button = new Button(label, e -> action.run());
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

}
