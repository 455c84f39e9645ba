package com.headroom.base.ui;

import com.headroom.base.RuleViolation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Last resort for errors a view did not handle: the user gets a sentence, the log gets
 * the stack trace. Rule violations and refused permissions are expected and not logged as
 * errors.
 */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable error = rootCause(event.getThrowable());
        String message;
        if (error instanceof RuleViolation violation) {
            message = violation.getMessage();
        }
        else if (error instanceof AccessDeniedException) {
            message = "Your role does not allow that. Ask an administrator if you need it.";
        }
        else {
            log.error("Unexpected error in the UI", event.getThrowable());
            message = "Something went wrong, and the error was logged. Reload the page to see what was saved,"
                    + " then try again.";
        }
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                var notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    private static Throwable rootCause(Throwable error) {
        Throwable current = error;
        while (current.getCause() != null && !(current instanceof RuleViolation)
                && !(current instanceof AccessDeniedException)) {
            current = current.getCause();
        }
        return current;
    }

}
