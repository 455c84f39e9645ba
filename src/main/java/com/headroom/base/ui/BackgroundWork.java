package com.headroom.base.ui;

import com.headroom.base.RuleViolation;
import com.headroom.security.HeadroomUser;
import com.vaadin.flow.component.UI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work a page starts and does not wait for (a large import): it runs on the application's
 * executor as the signed-in person while the page polls, and its outcome comes back to
 * the page. A failure the rules did not foresee (anything but a {@link RuleViolation}) is
 * also written to the server log, as one WARN line with the exception, the account and
 * the file name, never the file's contents: the page only tells the user, and nobody else
 * would ever know.
 */
public final class BackgroundWork {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);

    private static final int POLL_MILLIS = 500;

    private static final int MAX_MESSAGE = 500;

    private BackgroundWork() {
    }

    /**
     * Starts the work; {@code done} or {@code failed} then runs with the UI locked.
     * @param what what the work is, for the log ("Prospect import")
     * @param fileName the name of the file the work reads, as the user uploaded it
     */
    public static <T> void start(UI ui, Executor executor, String what, String fileName, Supplier<T> work,
            Consumer<T> done, Consumer<Throwable> failed) {
        var security = SecurityContextHolder.getContext();
        Object principal = security.getAuthentication() == null ? null : security.getAuthentication().getPrincipal();
        Long accountId = principal instanceof HeadroomUser user ? user.accountId() : null;
        ui.setPollInterval(POLL_MILLIS);
        CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(security);
            try {
                return work.get();
            }
            finally {
                SecurityContextHolder.clearContext();
            }
        }, executor).whenComplete((result, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                    : failure;
            if (cause != null && !(cause instanceof RuleViolation)) {
                // Logged before going back to the page: the user may have closed it
                // meanwhile.
                log.warn("{} failed (account {}, file \"{}\"): {}", what, accountId, fileName, describe(cause));
            }
            ui.access(() -> {
                ui.setPollInterval(-1);
                if (cause == null) {
                    done.accept(result);
                }
                else {
                    failed.accept(cause);
                }
            });
        });
    }

    /** The exception's class and message, and its root cause's, on one line. */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = error.getClass().getName() + ": " + error.getMessage();
        if (root != error) {
            text += " (caused by " + root.getClass().getName() + ": " + root.getMessage() + ")";
        }
        text = text.replaceAll("\\s+", " ");
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 1) + "…";
    }

}
