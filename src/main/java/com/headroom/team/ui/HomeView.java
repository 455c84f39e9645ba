package com.headroom.team.ui;

import com.headroom.base.ui.Formats;
import com.headroom.security.Role;
import com.headroom.team.AccountService;
import com.headroom.team.MySeat;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** Where everyone lands: their LinkedIn seat's limits and how their team paces them. */
@Route("")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
class HomeView extends Main {

    HomeView(AccountService accountService) {
        addClassName("view");
        MySeat me = accountService.mySeat();
        add(new H2("Hello, " + me.displayName().split(" ")[0]));

        if (me.tier().isPresent()) {
            var tier = me.tier().get();
            var seat = card("Your LinkedIn seat: " + tier.name(),
                    SeatDescriptions.tier(tier.settings()));
            if (me.seatStartedOn() != null) {
                seat.addComponentAtIndex(1, new Paragraph("Seat started " + Formats.date(me.seatStartedOn())
                        + (tier.retired() ? ". This tier is retired; ask an admin to move your seat." : ".")));
            }
            add(seat);
        } else if (me.role() != Role.ADMIN) {
            add(new Paragraph("You have no LinkedIn seat yet. Ask your Headroom administrator to give you one."));
        }
        me.policy().ifPresent(policy -> add(card("How " + me.teamName().orElse("your team") + " paces outreach",
                SeatDescriptions.policy(policy))));

        if (me.role() == Role.ADMIN) {
            var admin = new Div(new H2("You administer Headroom"));
            admin.addClassName("card");
            var links = new UnorderedList(
                    link("tiers", "Tiers", " — the limits LinkedIn enforces on each subscription"),
                    link("teams", "Teams", " — teams and how each paces its outreach"),
                    link("people", "People", " — invite people, give them a seat, deactivate leavers"),
                    link("audit", "Audit log", " — every change, who made it and when"));
            links.addClassName("figure-list");
            admin.add(links);
            add(admin);
        }
    }

    private static Div card(String title, List<String> lines) {
        var card = new Div(new H2(title));
        card.addClassName("card");
        var list = new UnorderedList();
        list.addClassName("figure-list");
        lines.forEach(line -> list.add(new ListItem(line)));
        card.add(list);
        return card;
    }

    private static ListItem link(String path, String title, String text) {
        return new ListItem(new Anchor(path, title), new com.vaadin.flow.component.html.Span(text));
    }
}
