package com.headroom.content.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.FormSection;
import com.headroom.base.ui.Notifications;
import com.headroom.content.ContentItem;
import com.headroom.content.ContentPerformance;
import com.headroom.prospect.ProspectDetailSection;
import com.headroom.prospect.ProspectDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/**
 * "They sent me a connection request after my post": logged from the prospect, counted
 * for the post in the content analytics.
 */
// After the outreach panel: it is logged now and then, not daily.
@org.springframework.core.annotation.Order(20)
@org.springframework.stereotype.Component
class InboundRequestSection implements ProspectDetailSection {

    private final ContentPerformance content;

    InboundRequestSection(ContentPerformance content) {
        this.content = content;
    }

    @Override
    public Optional<Component> create(ProspectDetails prospect, Runnable changed) {
        var box = new Div();
        box.addClassName("inbound-section");
        fill(box, prospect);
        return Optional.of(box);
    }

    private void fill(Div box, ProspectDetails prospect) {
        box.removeAll();
        box.add(FormSection.titled("Came through your content?"));
        var after = content.inboundFor(prospect.id());
        if (!after.isEmpty()) {
            box.add(new Paragraph(prospect.draft().firstName() + " sent a connection request after: "
                    + String.join("; ", after.stream().map(t -> "\"" + t + "\"").toList()) + "."));
        }
        var posts = content.recentlyPublished(prospect.teamId());
        if (posts.isEmpty()) {
            var none = new Paragraph(
                    "When your team publishes posts, log here who sent a connection request after" + " one.");
            none.addClassName("hint");
            box.add(none);
            return;
        }
        var post = new ComboBox<ContentItem>("They sent a connection request after the post");
        post.setItems(posts);
        post.setItemLabelGenerator(i -> i.title() + " (" + i.authorName() + ")");
        post.setWidth("min(32rem, 100%)");
        var log = new Button("Log the request", e -> {
            if (post.getValue() == null) {
                post.setErrorMessage("Choose the post");
                post.setInvalid(true);
                return;
            }
            try {
                boolean added = content.logInboundRequest(post.getValue().id(), prospect.id());
                Notifications.success(added ? "Logged: counted for \"" + post.getValue().title() + "\"."
                        : "Already logged for that post.");
                fill(box, prospect);
            }
            catch (RuleViolation violation) {
                post.setErrorMessage(violation.getMessage());
                post.setInvalid(true);
            }
        });
        var row = new Div(post, log);
        row.addClassName("toolbar");
        box.add(row);
    }

}
