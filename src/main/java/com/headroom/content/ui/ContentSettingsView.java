package com.headroom.content.ui;

import com.headroom.content.ContentTeamSettings;
import com.headroom.base.ui.Pickers;
import com.headroom.base.RuleViolation;
import com.headroom.base.ui.Notifications;
import com.headroom.content.Cadence;
import com.headroom.content.ContentService;
import com.headroom.content.ContentTeam;
import com.headroom.content.ContentType;
import com.headroom.security.AppRoles;
import com.headroom.team.AccountService;
import com.headroom.team.TeamChoice;
import com.headroom.team.ui.TeamPicker;
import com.headroom.team.TeamService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** The team's topics, posting cadence and whether managers review items: set here. */
@Route("content/settings")
@PageTitle("Content: topics, cadence and review")
@RolesAllowed(AppRoles.MEMBER)
class ContentSettingsView extends Main {

    private final ContentService content;

    private final ContentTeamSettings settings;

    private final Clock clock;

    private final ComboBox<TeamChoice> team;

    private final Div body = new Div();

    ContentSettingsView(ContentService content, ContentTeamSettings settings, TeamService teams,
            AccountService accounts, Clock clock) {
        this.content = content;
        this.settings = settings;
        this.clock = clock;
        addClassName("view");
        List<TeamChoice> myTeams = teams.choices();
        team = TeamPicker.create(myTeams, accounts);
        team.addValueChangeListener(e -> show());
        add(new H2("Topics, cadence and review"), team, body);
        show();
    }

    private void show() {
        body.removeAll();
        if (team.getValue() == null) {
            body.add(new Paragraph("You are in no team yet."));
            return;
        }
        var info = content.team(team.getValue().id());
        body.add(topics(info), cadence(info), review(info));
    }

    private Div topics(ContentTeam info) {
        var list = new UnorderedList();
        list.addClassName("figure-list");
        for (var t : info.topics()) {
            var item = new ListItem(new Span(t.name() + (t.archived() ? " (archived)" : "")));
            if (info.manages()) {
                var toggle = new Button(t.archived() ? "Restore" : "Archive",
                        e -> act(() -> settings.archiveTopic(t.id(), !t.archived())));
                toggle.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                item.add(toggle);
            }
            list.add(item);
        }
        var name = new TextField("New topic");
        name.setPlaceholder("e.g. Pricing, Hiring, Sales ops");
        var add = new Button("Add topic", e -> {
            try {
                settings.addTopic(info.teamId(), name.getValue());
                Notifications.success("Added \"" + name.getValue().strip() + "\".");
                show();
            }
            catch (RuleViolation violation) {
                name.setErrorMessage(violation.getMessage());
                name.setInvalid(true);
            }
        });
        var row = new Div(name, add);
        row.addClassName("toolbar");
        var card = new Div(new H3("Topics (pillars)"), info.topics().isEmpty() ? new Paragraph("No topics yet. Add the"
                + " three to five themes your team posts about, so the analytics can tell which brings connections.")
                : list, row);
        card.addClassName("card");
        return card;
    }

    private Div cadence(ContentTeam info) {
        var card = new Div(new H3("Cadence"));
        card.addClassName("card");
        var rules = settings.cadences(info.teamId());
        if (rules.isEmpty()) {
            card.add(new Paragraph("No cadence yet: the calendar shows no gaps until your team sets one."));
        }
        var list = new UnorderedList();
        list.addClassName("figure-list");
        for (var rule : rules) {
            var item = new ListItem(new Span(rule.describe()));
            if (info.manages()) {
                var remove = new Button("Remove", e -> act(() -> settings.removeCadence(rule.id())));
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                item.add(remove);
            }
            list.add(item);
        }
        card.add(list);
        if (!info.manages()) {
            card.add(hint("Your team's managers set the cadence."));
            return card;
        }
        var perWeek = new IntegerField("Posts a week per member");
        perWeek.setMin(1);
        perWeek.setMax(14);
        perWeek.setStepButtonsVisible(true);
        var addWeekly = new Button("Add", e -> {
            try {
                settings.addCadence(info.teamId(),
                        Cadence.perMember(perWeek.getValue() == null ? 0 : perWeek.getValue()));
                show();
            }
            catch (RuleViolation violation) {
                perWeek.setErrorMessage(violation.getMessage());
                perWeek.setInvalid(true);
            }
        });
        var weekly = new Div(perWeek, addWeekly);
        weekly.addClassName("toolbar");
        var type = new Select<ContentType>();
        type.setLabel("Recurring");
        type.setItems(ContentType.values());
        type.setItemLabelGenerator(ContentType::label);
        type.setValue(ContentType.NEWSLETTER);
        var weekday = new Select<DayOfWeek>();
        weekday.setLabel("On");
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        weekday.setValue(DayOfWeek.TUESDAY);
        var every = new IntegerField("Every … weeks");
        every.setMin(1);
        every.setMax(8);
        every.setValue(2);
        every.setStepButtonsVisible(true);
        var starts = Pickers.date("From");
        starts.setValue(LocalDate.ofInstant(clock.instant(), info.zone()));
        var addRecurring = new Button("Add", e -> {
            try {
                settings.addCadence(info.teamId(), Cadence.recurring(type.getValue(), weekday.getValue(),
                        every.getValue() == null ? 0 : every.getValue(), starts.getValue()));
                show();
            }
            catch (RuleViolation violation) {
                Notifications.error(violation.getMessage());
            }
        });
        var recurring = new Div(type, weekday, every, starts, addRecurring);
        recurring.addClassName("toolbar");
        card.add(weekly, recurring);
        return card;
    }

    private Div review(ContentTeam info) {
        var card = new Div(new H3("Review"));
        card.addClassName("card");
        var required = new Checkbox("Managers review every item before it is scheduled", info.requireReview());
        required.setReadOnly(!info.manages());
        required.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> settings.setRequireReview(info.teamId(), e.getValue()));
            }
        });
        card.add(required);
        if (!info.manages()) {
            card.add(hint("Your team's managers decide this."));
        }
        return card;
    }

    private void act(Runnable action) {
        try {
            action.run();
            Notifications.success("Saved.");
        }
        catch (RuleViolation violation) {
            Notifications.error(violation.getMessage());
        }
        show();
    }

    private static Paragraph hint(String text) {
        var p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }

}
