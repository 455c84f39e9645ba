package com.headroom.warmintro;

import com.headroom.base.Dates;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How well a teammate knows someone, from 0 to 100, with the sentence that says why. Four
 * parts, each capped so that no single one decides alone:
 * <ul>
 * <li>how long they have been connected: 3 points a year, at most 30 (10 years);</li>
 * <li>messages, InMails and e-mails exchanged both ways in the last 90 days, as logged in
 * the ledger: 3 points each, at most 30 (10 exchanges);</li>
 * <li>how recent the last exchange is: 20 points within 30 days, 12 within 90, 5 within a
 * year;</li>
 * <li>the contact's seniority, since a senior contact opens more doors: C-level 20, VP
 * 16, director 12, manager 8, individual contributor 4.</li>
 * </ul>
 * A member's own word replaces the figure: "we're close" is 90, "I barely know them" 10.
 *
 * @param score 0 to 100
 * @param explanation one or two sentences a rep reads
 */
public record Strength(int score, String explanation) {

    /**
     * What the score is built from.
     *
     * @param introducer the teammate's first name
     * @param contact the contact's first name
     * @param connectedOn when they connected on LinkedIn; null when the export did not
     * say
     * @param exchangedThisQuarter exchanges logged in the last 90 days, both ways
     * @param lastExchange the day of the last logged exchange, or null
     * @param override the teammate's own word, or null
     */
    public record Facts(String introducer, String contact, LocalDate connectedOn, LocalDate today,
            int exchangedThisQuarter, LocalDate lastExchange, Seniority seniority, StrengthOverride override) {
    }

    public static Strength of(Facts f) {
        // "You" when the signed-in member is the introducer: "You have known Sam for 6
        // years".
        boolean you = f.introducer().equals("You");
        int age = 0;
        String known;
        if (f.connectedOn() == null) {
            known = f.introducer() + (you ? " are" : " is") + " connected to " + f.contact()
                    + " (since when, the export did not say)";
        }
        else {
            var period = Period.between(f.connectedOn(), f.today());
            long months = Math.max(0, ChronoUnit.MONTHS.between(f.connectedOn(), f.today()));
            age = (int) Math.min(30, months * 3 / 12);
            known = f.introducer() + (you ? " have" : " has") + " known " + f.contact() + " for "
                    + howLong(period, months);
        }
        int exchanged = Math.min(30, 3 * f.exchangedThisQuarter());
        int recency = 0;
        if (f.lastExchange() != null) {
            long days = ChronoUnit.DAYS.between(f.lastExchange(), f.today());
            recency = days <= 30 ? 20 : days <= 90 ? 12 : days <= 365 ? 5 : 0;
        }
        int senior = switch (f.seniority()) {
            case C_LEVEL -> 20;
            case VP -> 16;
            case DIRECTOR -> 12;
            case MANAGER -> 8;
            case INDIVIDUAL -> 4;
        };
        var sentence = new StringBuilder(known);
        if (f.exchangedThisQuarter() > 0) {
            sentence.append(" and exchanged ")
                .append(f.exchangedThisQuarter())
                .append(f.exchangedThisQuarter() == 1 ? " message" : " messages")
                .append(" this quarter");
        }
        else if (f.lastExchange() != null) {
            sentence.append("; their last logged exchange was on ").append(Dates.day(f.lastExchange()));
        }
        else {
            sentence.append("; no exchange between them is logged");
        }
        sentence.append(". ").append(f.contact()).append(" is ").append(article(f.seniority())).append('.');
        int score = age + exchanged + recency + senior;
        if (f.override() != null) {
            String who = you ? "you" : "they";
            sentence.append(' ')
                .append(f.introducer())
                .append(you ? " say " : " says ")
                .append(who)
                .append(f.override() == StrengthOverride.CLOSE ? "'re close." : " barely know each other.");
            score = f.override().score();
        }
        return new Strength(score, sentence.toString());
    }

    private static String howLong(Period period, long months) {
        if (period.getYears() >= 1) {
            return period.getYears() + (period.getYears() == 1 ? " year" : " years");
        }
        if (months >= 1) {
            return months + (months == 1 ? " month" : " months");
        }
        return "less than a month";
    }

    private static String article(Seniority seniority) {
        return switch (seniority) {
            case C_LEVEL -> "C-level";
            case VP -> "a VP";
            case DIRECTOR -> "a director";
            case MANAGER -> "a manager";
            case INDIVIDUAL -> "an individual contributor";
        };
    }
}
