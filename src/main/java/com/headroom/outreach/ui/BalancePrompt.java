package com.headroom.outreach.ui;

import com.headroom.base.RuleViolation;
import com.headroom.base.ui.Notifications;
import com.headroom.outreach.OutreachService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.UUID;

/**
 * After an InMail Headroom thought impossible: its count is off, so it asks for
 * LinkedIn's figure.
 */
class BalancePrompt extends Div {

    /**
     * @param corrected after the balance is set: the panel reads the prospect's outreach
     * again
     */
    BalancePrompt(OutreachService outreach, Runnable corrected) {
        addClassName("approval-box");
        add(new Paragraph(
                "Headroom counted no InMail credit left, so its count is off. What does LinkedIn show" + " now?"));
        var balance = new IntegerField("Credits LinkedIn shows");
        balance.setMin(0);
        String correctionKey = UUID.randomUUID().toString();
        var set = new Button("Set my balance", e -> {
            try {
                outreach.correctInMailBalance(balance.getValue(), correctionKey);
                corrected.run();
                Notifications.success("Your InMail balance is now " + balance.getValue() + ", as LinkedIn shows.");
            }
            catch (RuleViolation violation) {
                balance.setErrorMessage(violation.getMessage());
                balance.setInvalid(true);
            }
        });
        var row = new Div(balance, set);
        row.addClassName("toolbar");
        add(row);
    }

}
