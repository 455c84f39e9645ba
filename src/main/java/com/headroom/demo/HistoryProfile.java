package com.headroom.demo;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How a rep works, with the demo's defaults: a steady rep with acceptance near 60%.
 */
final class HistoryProfile {

    final long seed;

    final LocalDate firstDay;

    final Instant until;

    Instant invitationsUntil;

    int minPerDay = 1;

    int maxPerDay = 4;

    int acceptPercent = 60;

    int declinePercent = 15;

    /**
     * Of the invitations nobody answered, the share the rep withdraws after three to four
     * weeks.
     */
    int withdrawPercent = 60;

    int notePercent = 60;

    /**
     * Of the connections, the share the rep writes to, and of those the share that
     * replies.
     */
    final int messagePercent = 75;

    final int replyPercent = 45;

    /**
     * Withdraws every unanswered invitation after 18 days, before the team's reminder
     * comes.
     */
    boolean tidy;

    /** Chance per working day of an InMail, and of an answer to it. */
    int inMailPercent;

    int inMailAnswerPercent = 45;

    /**
     * The first so many invitations accepted early enough go all the way: a reply, a
     * meeting, a win.
     */
    int deals = 1;

    /**
     * The last two complete weeks: invitations on Monday, few accepted, all decided
     * within the week.
     */
    boolean lowAcceptanceLastTwoWeeks;

    /** Exactly this many invitations left pending at the end, when set. */
    Integer pending;

    HistoryProfile(long seed, LocalDate firstDay, Instant until) {
        this.seed = seed;
        this.firstDay = firstDay;
        this.until = until;
        this.invitationsUntil = until;
    }

    HistoryProfile invitations(int min, int max) {
        minPerDay = min;
        maxPerDay = max;
        return this;
    }

    HistoryProfile fates(int accept, int decline, int withdraw) {
        acceptPercent = accept;
        declinePercent = decline;
        withdrawPercent = withdraw;
        return this;
    }

    HistoryProfile inMails(int perWorkingDay, int answered) {
        inMailPercent = perWorkingDay;
        inMailAnswerPercent = answered;
        return this;
    }

    HistoryProfile deals(int count) {
        deals = count;
        return this;
    }

    HistoryProfile notes(int percent) {
        notePercent = percent;
        return this;
    }

    HistoryProfile invitationsUntil(Instant last) {
        invitationsUntil = last.isBefore(until) ? last : until;
        return this;
    }

    HistoryProfile tidy() {
        tidy = true;
        return this;
    }

    HistoryProfile lowAcceptanceLastTwoWeeks() {
        lowAcceptanceLastTwoWeeks = true;
        return this;
    }

    HistoryProfile pending(int exactly) {
        pending = exactly;
        return this;
    }

}
