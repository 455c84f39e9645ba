package com.headroom.outreach;

import java.util.List;

/**
 * A template filled in for one prospect, counted against the rep's limit.
 *
 * @param length characters as LinkedIn counts them (an emoji is one)
 * @param limit the rep's tier limit for this kind of text
 * @param unfilled merge fields still in the text, to fill before sending
 * @param warnings what could get the request marked as spam
 */
public record MergedText(String subject, String text, int length, int limit, List<String> unfilled,
        List<String> warnings) {

    public boolean fits() {
        return length <= limit;
    }

    /** "187 of 200 characters", or how far over it is. */
    public String counter() {
        String counted = String.format(java.util.Locale.ENGLISH, "%,d of %,d characters", length, limit);
        return fits() ? counted : counted + String.format(java.util.Locale.ENGLISH, ": %,d too many", length - limit);
    }
}
