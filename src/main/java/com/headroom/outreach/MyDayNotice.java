package com.headroom.outreach;

import java.util.Optional;

/**
 * A line on My day that a feature built on outreach adds (intro requests waiting for an
 * answer), so that outreach does not depend on it.
 */
public interface MyDayNotice {

    /** What waits for the signed-in member or manager, or empty when nothing does. */
    Optional<Notice> forMe();

    /**
     * @param sentence what waits, counted ("2 intro requests wait for your answer.")
     * @param linkText what the link does ("Answer now")
     * @param route the view it opens
     */
    record Notice(String sentence, String linkText, String route) {
    }

}
