package com.headroom.warmintro.ui;

import com.headroom.base.ui.FormSection;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.Notifications;
import com.headroom.security.AppRoles;
import com.headroom.team.AccountService;
import com.headroom.team.TeamChoice;
import com.headroom.team.TeamService;
import com.headroom.warmintro.IntroRequest;
import com.headroom.warmintro.IntroService;
import com.headroom.warmintro.IntroducerStats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Introductions asked of me (accept or decline), the ones I asked for (and how they
 * ended), and how each teammate's introductions go.
 */
@Route("intros")
@PageTitle("Intro requests")
@Menu(order = 19.5, icon = "vaadin:handshake", title = "Intro requests")
@RolesAllowed(AppRoles.MEMBER)
class IntroRequestsView extends Main {

    private final IntroService intros;

    private final Div toMe = new Div();

    private final Div byMe = new Div();

    private final Grid<IntroducerStats> stats = new Grid<>();

    private final Long teamId;

    private final java.time.ZoneId zone;

    IntroRequestsView(IntroService intros, TeamService teams, AccountService accounts) {
        this.intros = intros;
        addClassName("view");
        addClassName("intro-requests");
        var myTeams = teams.choices();
        teamId = TeamChoice.preferred(myTeams, accounts.mySeat().teamId()).map(TeamChoice::id).orElse(null);
        zone = teamId == null ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(teams.pacing(teamId).timeZone());
        stats.addColumn(IntroducerStats::introducer).setHeader("Introducer").setAutoWidth(true);
        stats.addColumn(IntroducerStats::path).setHeader("Path").setAutoWidth(true);
        stats.addColumn(IntroducerStats::asked).setHeader("Asked");
        stats.addColumn(IntroducerStats::accepted).setHeader("Accepted");
        stats.addColumn(IntroducerStats::declined).setHeader("Declined");
        stats.addColumn(IntroducerStats::introduced).setHeader("Introduced");
        stats.addColumn(IntroducerStats::connected).setHeader("Connected");
        stats.addColumn(IntroducerStats::noReply).setHeader("No reply");
        stats.setAllRowsVisible(true);
        stats.setEmptyStateText("No introductions asked for in your team yet.");
        add(FormSection.titled("Asked of you"), toMe, FormSection.titled("You asked"), byMe,
                FormSection.titled("How introductions go in your team"), stats);
        refresh();
    }

    private void refresh() {
        toMe.removeAll();
        var mine = intros.toMe();
        if (mine.isEmpty()) {
            toMe.add(hint("Nobody has asked you for an introduction yet."));
        }
        mine.forEach(r -> toMe.add(card(r, true)));
        byMe.removeAll();
        var asked = intros.byMe();
        if (asked.isEmpty()) {
            byMe.add(hint("Open a prospect and use \"Request intro\" on one of its warm paths."));
        }
        asked.forEach(r -> byMe.add(card(r, false)));
        if (teamId != null) {
            stats.setItems(intros.stats(teamId));
        }
    }

    private Div card(IntroRequest r, boolean askedOfMe) {
        String who;
        if (askedOfMe) {
            who = r.requesterName() + " asks you to introduce them to " + r.prospectName()
                    + (r.direct() ? ", whom you know." : ", through " + r.viaName() + ", whom you know.");
        }
        else {
            who = "You asked " + r.introducerName() + " to introduce you to " + r.prospectName()
                    + (r.direct() ? " (" + r.introducerName() + " knows them)." : ", through " + r.viaName() + ".");
        }
        var card = new Div();
        card.addClassName("intro-card");
        var title = new Span(who);
        title.addClassName("intro-title");
        card.add(title);
        if (r.prospectId() != null) {
            card.add(new Anchor("prospects?open=" + r.prospectId(), "Open the prospect"));
        }
        var state = new Span(r.status().label() + (r.outcome() == null ? "" : " · " + r.outcome().label()) + " · asked "
                + Formats.dayTime(r.createdAt(), zone));
        state.addClassName("hint");
        card.add(state);
        if (!r.note().isBlank()) {
            card.add(new Paragraph("“" + r.note() + "”"));
        }
        if (r.answer() != null) {
            card.add(new Paragraph((askedOfMe ? "Your answer: " : r.introducerName() + " answered: ") + r.answer()));
        }
        if (askedOfMe && r.status() == IntroRequest.Status.ASKED) {
            var answer = new TextField("A word back (optional)");
            answer.setMaxLength(1000);
            var accept = new Button("Accept", e -> act(() -> intros.answer(r.id(), true, answer.getValue()),
                    "Accepted. Introduce them on LinkedIn, then record how it went."));
            accept.addThemeVariants(ButtonVariant.PRIMARY);
            var decline = new Button("Decline", e -> act(() -> intros.answer(r.id(), false, answer.getValue()),
                    "Declined; " + r.requesterName() + " sees your answer."));
            card.add(answer, new Div(accept, decline));
        }
        if (!askedOfMe && r.status() == IntroRequest.Status.ASKED) {
            card.add(new Button("Withdraw", e -> act(() -> intros.withdraw(r.id()), "Withdrawn.")));
        }
        if (r.status() == IntroRequest.Status.ACCEPTED) {
            var outcome = new Select<IntroRequest.Outcome>();
            outcome.setLabel("How did it end?");
            outcome.setItems(IntroRequest.Outcome.values());
            outcome.setItemLabelGenerator(IntroRequest.Outcome::label);
            outcome.setValue(r.outcome());
            outcome.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    act(() -> intros.recordOutcome(r.id(), e.getValue()), "Recorded: " + e.getValue().label() + ".");
                }
            });
            card.add(outcome);
        }
        return card;
    }

    private void act(Runnable action, String done) {
        Notifications.attempt(action, done);
        refresh();
    }

    private static Paragraph hint(String text) {
        var p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }

}
