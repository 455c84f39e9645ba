package com.headroom.dashboard;

import com.headroom.outreach.Headroom.Rate;
import java.util.List;

/** Team overview's totals row: each column added up over the rows shown. */
public record TeamTotals(int members, int red, int amber, int quiet, int sentThisWeek, int weeklyBudget, int sentToday,
        int todayTarget, int pending, Rate acceptance30Days, Rate acceptanceLast100, int inMailBalance,
        int inMailsExpiringSoon, Rate inMailsAnswered, int messagesToday, int paused, int overridesWaiting,
        int introsToAnswer) {

    static TeamTotals of(List<MemberRow> rows) {
        int red = 0, amber = 0, quiet = 0, sent = 0, budget = 0, today = 0, target = 0, pending = 0, balance = 0,
                expiring = 0, messages = 0, paused = 0, overrides = 0, intros = 0;
        int a30 = 0, o30 = 0, a100 = 0, o100 = 0, answered = 0, inMails = 0;
        for (var row : rows) {
            var h = row.status().headroom();
            var inv = h.invitations();
            switch (h.health()) {
                case RED -> red++;
                case AMBER -> amber++;
                default -> {
                }
            }
            quiet += row.quiet() ? 1 : 0;
            sent += inv.sentThisWeek();
            budget += inv.weeklyBudget();
            today += inv.sentToday();
            target += inv.todayTarget();
            pending += inv.pending();
            a30 += inv.acceptance30Days().accepted();
            o30 += inv.acceptance30Days().of();
            a100 += inv.acceptanceLast100().accepted();
            o100 += inv.acceptanceLast100().of();
            balance += h.inMail().balance();
            expiring += h.inMail().expiringSoon();
            answered += row.status().inMailsAnswered().accepted();
            inMails += row.status().inMailsAnswered().of();
            messages += h.messages().sentToday();
            paused += h.restriction().isPresent() || inv.pausedUntil().isPresent() ? 1 : 0;
            overrides += row.overridesWaiting();
            intros += row.introsToAnswer();
        }
        return new TeamTotals(rows.size(), red, amber, quiet, sent, budget, today, target, pending, new Rate(a30, o30),
                new Rate(a100, o100), balance, expiring, new Rate(answered, inMails), messages, paused, overrides,
                intros);
    }
}
