package com.headroom.outreach;

import com.headroom.tier.InMailRenewal;
import com.headroom.tier.TierSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When a seat's InMail credits arrive, what they leave unused at their expiry, and the
 * balance a grant must not lift above the tier's maximum: what the credit jobs write to
 * the ledger. Pure, like the limits engine.
 */
final class InMailGrants {

    private InMailGrants() {
    }

    /**
     * The days on which a seat's InMail credits arrive, from the seat's start up to a
     * day: every billing day, or (Sales Navigator) the seat's first day and then every
     * 1st of the month, UTC.
     */
    public static List<LocalDate> grantDays(TierSettings tier, LocalDate seatStartedOn, LocalDate upTo) {
        List<LocalDate> days = new ArrayList<>();
        if (tier.inMailRenewal() == InMailRenewal.NONE || tier.monthlyInMailCredits() == 0 || seatStartedOn == null) {
            return days;
        }
        if (tier.inMailRenewal() == InMailRenewal.FIRST_OF_MONTH_UTC) {
            days.add(seatStartedOn);
            for (var d = seatStartedOn.withDayOfMonth(1).plusMonths(1); !d.isAfter(upTo); d = d.plusMonths(1)) {
                days.add(d);
            }
        }
        else {
            for (int k = 0;; k++) {
                // Day 31 becomes the month's last day; the next month returns to 31.
                var d = seatStartedOn.plusMonths(k);
                if (d.isAfter(upTo)) {
                    break;
                }
                days.add(d);
            }
        }
        days.removeIf(d -> d.isAfter(upTo));
        return days;
    }

    /**
     * The instant credits of a grant day arrive: midnight UTC on the 1st, else midnight
     * in the team's zone.
     */
    public static Instant grantInstant(TierSettings tier, LocalDate day, ZoneId teamZone) {
        return tier.inMailRenewal() == InMailRenewal.FIRST_OF_MONTH_UTC ? day.atStartOfDay(ZoneOffset.UTC).toInstant()
                : day.atStartOfDay(teamZone).toInstant();
    }

    /**
     * Credits that expired unused by an instant, per grant: what the expiry job writes to
     * the ledger so that a rep sees where credits went.
     */
    public static List<ExpiredCredits> expiredCredits(List<LedgerEntry> ledger, Instant now) {
        var book = new CreditBook(LimitsEngine.effective(ledger, now));
        List<ExpiredCredits> expired = new ArrayList<>();
        for (var lot : book.lots) {
            if (!lot.expiresAt().isAfter(now) && lot.remaining()[0] > 0) {
                expired.add(new ExpiredCredits(lot.grantId(), lot.expiresAt(), lot.remaining()[0]));
            }
        }
        return expired;
    }

    /**
     * InMail credits usable at an instant: what caps a grant at the tier's maximum
     * balance.
     */
    public static int creditBalance(List<LedgerEntry> ledger, Instant at) {
        var book = new CreditBook(LimitsEngine.effective(ledger, at));
        int balance = 0;
        for (var lot : book.lots) {
            if (lot.expiresAt().isAfter(at)) {
                balance += lot.remaining()[0];
            }
        }
        return balance;
    }

    /**
     * The monthly InMail grants a seat is due between two instants, oldest first. Each
     * tier of the seat grants from its start: the seat's first day, or the day of a tier
     * change (a new subscription), then on its renewal days.
     */
    public static List<CreditGrant> grantsDue(MemberFacts facts, Instant since, Instant now) {
        var zone = ZoneId.of(facts.policy().timeZone());
        List<CreditGrant> due = new ArrayList<>();
        var periods = facts.tiers();
        for (int i = 0; i < periods.size(); i++) {
            var period = periods.get(i);
            var tier = period.tier();
            Instant end = i + 1 < periods.size() ? periods.get(i + 1).from() : Instant.MAX;
            LocalDate startDay = i == 0 ? facts.seatStartedOn() : period.from().atZone(zone).toLocalDate();
            if (startDay == null) {
                continue;
            }
            for (var day : grantDays(tier, startDay, now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1))) {
                Instant at = grantInstant(tier, day, zone);
                if (i > 0 && at.isBefore(period.from())) {
                    at = period.from();
                }
                if (!at.isBefore(end) || at.isAfter(now) || at.isBefore(since)) {
                    continue;
                }
                due.add(new CreditGrant(at, tier.monthlyInMailCredits(), tier.inMailMaxBalance(), tier.name()));
            }
        }
        due.sort(Comparator.comparing(CreditGrant::at));
        return due;
    }

    /**
     * A tier's monthly InMail credits, due at an instant, never to lift the balance above
     * the maximum.
     */
    public record CreditGrant(Instant at, int monthlyCredits, int maxBalance, String tierName) {

        /** The key that makes a grant happen once, whichever node or run writes it. */
        public String key() {
            return "grant:" + at;
        }
    }

    /** Unused credits of one grant, gone at its expiry. */
    public record ExpiredCredits(long grantEntryId, Instant expiredAt, int credits) {
    }

}
