package com.headroom.base.ui;

import com.headroom.base.RuleViolation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The two kinds of toast Headroom shows: done, and refused. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String message) {
        var notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
        return notification;
    }

    /**
     * Runs something a service may refuse with a {@link RuleViolation}: shows
     * {@code done}, or the reason it was refused.
     * @return whether it was done
     */
    public static boolean attempt(Runnable action, String done) {
        try {
            action.run();
            success(done);
            return true;
        }
        catch (RuleViolation refused) {
            error(refused.getMessage());
            return false;
        }
    }

    public static Notification error(String message) {
        var notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
        return notification;
    }

}
