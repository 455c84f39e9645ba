package com.headroom.warmintro;

import java.time.LocalDate;

/**
 * One way to reach a prospect: a teammate who knows them directly, or a teammate who
 * knows one of their colleagues. Never carries the contact's e-mail address.
 *
 * @param direct true when the introducer knows the prospect themself
 * @param personId the contact: the prospect for a direct path, the colleague otherwise
 * @param mine true when the signed-in person is the introducer
 */
public record WarmPath(boolean direct, long introducerId, String introducerName, long personId, String personName,
        String position, String company, Seniority seniority, LocalDate connectedOn, int score, String explanation,
        StrengthOverride override, boolean mine) {

    /** The same path with one more sentence explaining it. */
    WarmPath explained(String sentence) {
        return new WarmPath(direct, introducerId, introducerName, personId, personName, position, company, seniority,
                connectedOn, score, explanation + " " + sentence, override, mine);
    }
}
