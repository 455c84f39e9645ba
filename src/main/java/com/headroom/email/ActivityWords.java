package com.headroom.email;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the words in an activity file's cells mean: the event a status or type names, and
 * whether a cell of a column per event says the event happened. Values are compared as
 * {@link ActivityColumns#key} leaves them, so "Hard bounce", "hard_bounce" and
 * "HARDBOUNCE" are one word.
 */
final class ActivityWords {

    /** What a status or type value says. */
    enum Meaning {

        /** An event Headroom reads: see {@link #event}. */
        EVENT,
        /** A step Headroom does not log: the row is skipped. */
        NOT_LOGGED,
        /**
         * The recipient asked not to be written to: the row is rejected so a rep sees it.
         */
        OPTED_OUT,
        /** A value Headroom does not know: the row is rejected naming it. */
        UNKNOWN

    }

    private static final Map<String, EmailEvent> EVENTS = Map.ofEntries(Map.entry("sent", EmailEvent.SENT),
            Map.entry("send", EmailEvent.SENT), Map.entry("emailsent", EmailEvent.SENT),
            Map.entry("emailssent", EmailEvent.SENT), Map.entry("contacted", EmailEvent.SENT),
            Map.entry("opened", EmailEvent.OPENED), Map.entry("open", EmailEvent.OPENED),
            Map.entry("emailopened", EmailEvent.OPENED), Map.entry("emailsopened", EmailEvent.OPENED),
            // A click is made from an opened e-mail: read as an open, which is not
            // logged.
            Map.entry("clicked", EmailEvent.OPENED), Map.entry("click", EmailEvent.OPENED),
            Map.entry("emailclicked", EmailEvent.OPENED), Map.entry("emailsclicked", EmailEvent.OPENED),
            Map.entry("linkclicked", EmailEvent.OPENED), Map.entry("replied", EmailEvent.REPLIED),
            Map.entry("reply", EmailEvent.REPLIED), Map.entry("emailreplied", EmailEvent.REPLIED),
            Map.entry("emailsreplied", EmailEvent.REPLIED), Map.entry("replyreceived", EmailEvent.REPLIED),
            Map.entry("bounced", EmailEvent.BOUNCED), Map.entry("bounce", EmailEvent.BOUNCED),
            Map.entry("hardbounce", EmailEvent.BOUNCED), Map.entry("hardbounced", EmailEvent.BOUNCED),
            Map.entry("emailbounced", EmailEvent.BOUNCED), Map.entry("emailsbounced", EmailEvent.BOUNCED));

    /**
     * Steps before or beside the events: a "delivered" row follows its "sent" row in the
     * tools' event logs, so reading it as a send would log every e-mail twice; a soft
     * bounce is retried by the tool.
     */
    private static final Set<String> NOT_LOGGED = Set.of("delivered", "emaildelivered", "emailsdelivered", "processed",
            "deferred", "dropped", "queued", "scheduled", "pending", "softbounce", "softbounced", "forward",
            "forwarded", "print", "printed", "statuschange", "interested", "notinterested", "emailsinterested",
            "emailsnotinterested");

    private static final Set<String> OPTED_OUT = Set.of("unsubscribed", "unsubscribe", "emailunsubscribed",
            "emailsunsubscribed", "optout", "optedout", "spamreport", "spam", "markedasspam", "complaint");

    /** Cells of a column per event that say the event did not happen. */
    private static final Set<String> NO = Set.of("", "0", "false", "no", "n", "none", "null", "never", "na");

    private static final Set<String> YES = Set.of("true", "yes", "y", "x", "✓", "✔");

    private ActivityWords() {
    }

    /**
     * What a status or type value says. In a lemlist file a type not about e-mail
     * ("linkedinInviteDone", "manualDone", "paused") is a step of another channel: not
     * logged.
     */
    static Meaning meaning(String value, @Nullable EmailTool tool) {
        String key = ActivityColumns.key(value);
        if (EVENTS.containsKey(key)) {
            return Meaning.EVENT;
        }
        if (OPTED_OUT.contains(key)) {
            return Meaning.OPTED_OUT;
        }
        if (NOT_LOGGED.contains(key) || (tool == EmailTool.LEMLIST && !key.startsWith("email"))) {
            return Meaning.NOT_LOGGED;
        }
        return Meaning.UNKNOWN;
    }

    /** The event of a value whose {@link #meaning} is {@link Meaning#EVENT}. */
    static EmailEvent event(String value) {
        return EVENTS.get(ActivityColumns.key(value));
    }

    /**
     * Whether a status cell of a contact says its e-mail bounced (Instantly writes -1).
     */
    static boolean bounced(String value) {
        return value.strip().equals("-1") || event(value) == EmailEvent.BOUNCED;
    }

    /** A cell of a column per event that says "no". */
    static boolean no(String value) {
        return NO.contains(ActivityColumns.key(value)) && !YES.contains(value.strip());
    }

    /** A cell that says "yes": true, yes, x, ✓, or a count above zero. */
    static boolean yes(String value) {
        String s = value.strip();
        return YES.contains(s.toLowerCase(Locale.ROOT)) || s.matches("[1-9]\\d{0,8}");
    }

}
