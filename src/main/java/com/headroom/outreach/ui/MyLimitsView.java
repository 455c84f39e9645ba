package com.headroom.outreach.ui;

import com.headroom.base.ui.Formats;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.PlaybookSentences;
import com.headroom.security.Role;
import com.headroom.team.AccountService;
import com.headroom.team.MySeat;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.headroom.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;

/**
 * The limits of a rep's LinkedIn seat, where those figures come from, where a new
 * LinkedIn account stands in its ramp-up, and how their team paces them: the figures
 * behind "My day".
 */
@Route("limits")
@PageTitle("My limits")
@Menu(order = 5, icon = "vaadin:info-circle-o", title = "My limits")
@RolesAllowed(AppRoles.MEMBER)
class MyLimitsView extends Main {

    MyLimitsView(AccountService accountService, OutreachService outreach) {
        addClassName("view");
        MySeat me = accountService.mySeat();
        add(new H2("Your limits"));

        if (me.tier().isPresent()) {
            var tier = me.tier().get();
            var seat = card("Your LinkedIn seat: " + tier.name(), SeatDescriptions.tier(tier.settings()));
            if (me.seatStartedOn() != null) {
                seat.addComponentAtIndex(1, new Paragraph("Seat started " + Formats.date(me.seatStartedOn())
                        + (tier.retired() ? ". This tier is retired; ask an admin to move your seat." : ".")));
            }
            var rampUp = new Paragraph(
                    SeatDescriptions.linkedInStart(me.linkedInStartedOn(), me.rampUp(), tier.settings(), me.policy()));
            rampUp.addClassName("ramp-up");
            var sources = new Paragraph(SeatDescriptions.sources(tier.settings()));
            sources.addClassName("hint");
            seat.add(rampUp, sources);
            add(seat);
        }
        else if (me.role() != Role.ADMIN) {
            add(new Paragraph("You have no LinkedIn seat yet. Ask your Headroom administrator to give you one."));
        }
        me.policy()
            .ifPresent(policy -> add(card("How " + me.teamName().orElse("your team") + " paces outreach",
                    SeatDescriptions.policy(policy))));
        outreach.myHeadroom()
            .ifPresent(h -> me.policy()
                .ifPresent(policy -> add(card("Your network and your targets",
                        List.of(PlaybookSentences.network(h.network(), ZoneId.of(policy.timeZone())),
                                PlaybookSentences.targeting(h.targeting()))))));

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

}
