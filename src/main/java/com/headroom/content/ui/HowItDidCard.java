package com.headroom.content.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.FieldErrors;
import com.headroom.base.ui.Formats;
import com.headroom.base.ui.FormSection;
import com.headroom.base.ui.Notifications;
import com.headroom.content.ContentItem;
import com.headroom.content.ContentPerformance;
import com.headroom.content.ContentTeam;
import com.headroom.content.Snapshot;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a published item did: the snapshots so far, and a form for the figures LinkedIn
 * shows now.
 */
final class HowItDidCard extends Div {

    HowItDidCard(ContentPerformance performance, ContentTeam team, ContentItem item, Runnable logged) {
        var snapshots = performance.snapshots(item.id());
        var grid = new Grid<Snapshot>();
        grid.addColumn(s -> Formats.dayTime(s.measuredAt(), team.zone())).setHeader("Measured").setAutoWidth(true);
        grid.addColumn(s -> count(s.impressions())).setHeader("Impressions").setAutoWidth(true);
        grid.addColumn(s -> count(s.reactions())).setHeader("Reactions");
        grid.addColumn(s -> count(s.comments())).setHeader("Comments");
        grid.addColumn(s -> count(s.reposts())).setHeader("Reposts");
        grid.addColumn(s -> count(s.followersGained())).setHeader("Followers");
        grid.addColumn(s -> count(s.profileViews())).setHeader("Profile views");
        grid.addColumn(s -> count(s.inboundRequests()))
            .setHeader("Requests")
            .setTooltipGenerator(s -> "Connection requests received");
        grid.setItems(snapshots);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("Nothing logged yet: enter what LinkedIn shows after a day, then after a week.");
        Map<String, IntegerField> fields = new java.util.LinkedHashMap<>();
        for (String[] f : new String[][] { { "impressions", "Impressions" }, { "reactions", "Reactions" },
                { "comments", "Comments" }, { "reposts", "Reposts" }, { "followersGained", "Followers gained" },
                { "profileViews", "Profile views" }, { "inboundRequests", "Connection requests received" } }) {
            var field = new IntegerField(f[1]);
            field.setMin(0);
            fields.put(f[0], field);
        }
        int inbound = performance.inboundLogged(item.id());
        fields.get("inboundRequests")
            .setHelperText(inbound == 0 ? "Or log each person from their prospect"
                    : inbound + " logged from prospects so far");
        var log = ContentDialog.primary("Log these figures", () -> {
            try {
                performance.logSnapshot(item.id(),
                        new Snapshot(null, fields.get("impressions").getValue(), fields.get("reactions").getValue(),
                                fields.get("comments").getValue(), fields.get("reposts").getValue(),
                                fields.get("followersGained").getValue(), fields.get("profileViews").getValue(),
                                fields.get("inboundRequests").getValue()));
                Notifications.success("Logged.");
                logged.run();
            }
            catch (RuleViolation violation) {
                FieldErrors.show(violation, new HashMap<String, HasValidation>(fields));
            }
        });
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("36rem", 4));
        fields.values().forEach(form::add);
        add(FormSection.titled("How it did"), grid, form, log);
        addClassName("card");
    }

    private static String count(Integer figure) {
        return figure == null ? "" : String.format(Locale.ENGLISH, "%,d", figure);
    }

}
