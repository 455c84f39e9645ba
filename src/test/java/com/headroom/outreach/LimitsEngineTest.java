package com.headroom.outreach;

import static com.headroom.outreach.OutreachType.INMAIL_ACCEPTED;
import static com.headroom.outreach.OutreachType.INMAIL_CREDITS_GRANTED;
import static com.headroom.outreach.OutreachType.INMAIL_CREDIT_REFUNDED;
import static com.headroom.outreach.OutreachType.INMAIL_REPLIED;
import static com.headroom.outreach.OutreachType.INMAIL_SENT;
import static com.headroom.outreach.OutreachType.INVITATION_ACCEPTED;
import static com.headroom.outreach.OutreachType.INVITATION_DECLINED;
import static com.headroom.outreach.OutreachType.INVITATION_SENT;
import static com.headroom.outreach.OutreachType.INVITATION_WITHDRAWN;
import static com.headroom.outreach.OutreachType.MESSAGE_SENT;
import static com.headroom.outreach.OutreachType.RESTRICTION_REPORTED;
import static com.headroom.outreach.OutreachType.REVERSAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.MemberFacts.TierPeriod;
import com.headroom.team.TeamPolicySettings;
import com.headroom.tier.InMailRenewal;
import com.headroom.tier.SecondInMailRule;
import com.headroom.tier.TierSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The limits engine at every edge: plain data in, headroom out, a fixed instant. */
class LimitsEngineTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final TierSettings FREE = new TierSettings("Free", 100, 5, 200, 0, 0, InMailRenewal.NONE,
            SecondInMailRule.WAIT_FOR_REPLY, 120, 8000, 200, 1900, null);
    static final TierSettings PREMIUM = new TierSettings("Premium Career", 150, null, 300, 5, 15,
            InMailRenewal.BILLING_DAY, SecondInMailRule.WAIT_FOR_REPLY, 120, 8000, 200, 1900, null);
    static final TierSettings SALES_NAV = new TierSettings("Sales Navigator Core", 200, null, 300, 50, 150,
            InMailRenewal.FIRST_OF_MONTH_UTC, SecondInMailRule.COSTS_ANOTHER_CREDIT, 120, 8000, 200, 1900, null);
    static final TeamPolicySettings POLICY = TeamPolicySettings.defaults("Europe/Berlin");

    /** A Wednesday at 10:00 in Berlin (winter time, UTC+1). */
    static final Instant WED = at("2026-11-25T10:00");

    private final Ledger ledger = new Ledger();

    static Instant at(String berlinLocal) {
        return LocalDateTime.parse(berlinLocal).atZone(BERLIN).toInstant();
    }

    static MemberFacts facts(TierSettings tier) {
        return new MemberFacts(List.of(new TierPeriod(Instant.EPOCH, tier)), POLICY, LocalDate.of(2025, 1, 15), null);
    }

    Headroom evaluate(TierSettings tier, Instant now) {
        return LimitsEngine.evaluate(facts(tier), ledger.entries, now);
    }

    /**
     * An invitation checked as the ledger service checks it: at its instant, with the
     * windows around it.
     */
    ActionCheck invitationAt(Headroom h, MemberFacts facts, long prospectId, String note) {
        return ActionChecks.invitation(h, windows(h, facts), facts, prospectId, note);
    }

    ActionCheck messageAt(Headroom h, MemberFacts facts, String text) {
        return ActionChecks.message(h, windows(h, facts), facts, text);
    }

    private LimitWindows windows(Headroom h, MemberFacts facts) {
        return LimitWindows.around(ledger.entries, h.at(), h.at(), ZoneId.of(facts.policy().timeZone()),
                Duration.ofMinutes(facts.policy().burstWindowMinutes()));
    }

    /**
     * The limit in the way of an action, whether it refuses it or only marks it past the
     * limit.
     */
    static Optional<Refusal> inTheWay(ActionCheck check) {
        // refused first, then what it goes past, then a count Headroom may have wrong
        return check.refused().or(() -> check.pastLimits().stream().findFirst()).or(check::countOff);
    }

    @Nested
    class TheWeeklyBudget {

        @Test
        void an_invitation_counts_until_exactly_seven_days_after_it_was_sent() {
            Instant sent = at("2026-11-18T10:00:00");
            ledger.invite(1, sent);
            assertThat(evaluate(FREE, sent.plus(Duration.ofDays(7)).minusSeconds(1)).invitations().sentThisWeek())
                .isEqualTo(1);
            assertThat(evaluate(FREE, sent.plus(Duration.ofDays(7))).invitations().sentThisWeek()).isZero();
        }

        @Test
        void a_used_budget_says_when_the_next_invitation_frees_up() {
            for (int i = 0; i < 100; i++) {
                ledger.invite(i, WED.minus(Duration.ofHours(100 - i)));
            }
            var h = evaluate(FREE, WED);
            assertThat(h.invitations().left()).isZero();
            assertThat(h.invitations().nextFreesAt())
                .contains(WED.minus(Duration.ofHours(100)).plus(Duration.ofDays(7)));
            assertThat(inTheWay(invitationAt(h, facts(FREE), 999, null)).map(Refusal::sentence))
                .contains("Weekly budget used: 100 of 100. Next invitation frees up Sat 28 Nov 2026 06:00.");
        }

        @Test
        void more_sent_than_a_cut_budget_frees_up_only_when_enough_have_left_the_week() {
            // 20 decided invitations, 5 accepted: 25% is below 30%, so the budget of 100
            // is cut to 50.
            for (int i = 0; i < 20; i++) {
                ledger.invite(1000 + i, WED.minus(Duration.ofDays(40)));
                ledger.outcome(1000 + i, i < 5 ? INVITATION_ACCEPTED : INVITATION_DECLINED,
                        WED.minus(Duration.ofDays(35)));
            }
            for (int i = 0; i < 60; i++) {
                ledger.invite(i, WED.minus(Duration.ofHours(60 - i)));
            }
            var h = evaluate(FREE, WED);
            assertThat(h.invitations().weeklyBudget()).isEqualTo(50);
            assertThat(h.invitations().sentThisWeek()).isEqualTo(60);
            // 11 must leave before one is free: the 11th oldest, sent 50 hours ago.
            assertThat(h.invitations().nextFreesAt())
                .contains(WED.minus(Duration.ofHours(50)).plus(Duration.ofDays(7)));
        }

        @Test
        void the_week_is_exact_across_a_daylight_saving_change() {
            // Saturday before Europe's clocks go forward: 168 hours later is 11:00 summer
            // time.
            Instant sent = at("2026-03-28T10:00");
            ledger.invite(1, sent);
            var justBefore = evaluate(FREE, at("2026-04-04T10:59:59"));
            assertThat(justBefore.invitations().sentThisWeek()).isEqualTo(1);
            assertThat(evaluate(FREE, at("2026-04-04T11:00")).invitations().sentThisWeek()).isZero();
        }

        @Test
        void a_tier_changed_mid_week_applies_from_the_change_and_the_week_keeps_its_invitations() {
            Instant change = at("2026-11-24T12:00"); // Tuesday
            var facts = new MemberFacts(List.of(new TierPeriod(Instant.EPOCH, FREE), new TierPeriod(change, SALES_NAV)),
                    POLICY, LocalDate.of(2025, 1, 15), null);
            for (int i = 0; i < 100; i++) {
                ledger.invite(i, at("2026-11-23T09:00").plusSeconds(i));
            }
            var before = LimitsEngine.evaluate(facts, ledger.entries, change.minusSeconds(1));
            assertThat(before.tierName()).isEqualTo("Free");
            assertThat(before.invitations().left()).isZero();
            var after = LimitsEngine.evaluate(facts, ledger.entries, change);
            assertThat(after.tierName()).isEqualTo("Sales Navigator Core");
            assertThat(after.invitations().weeklyBudget()).isEqualTo(200);
            assertThat(after.invitations().left()).isEqualTo(100);
        }

        @Test
        void entries_logged_for_later_and_undone_ones_do_not_count() {
            ledger.invite(1, WED.minusSeconds(60));
            long undone = ledger.invite(2, WED.minusSeconds(30));
            ledger.reverse(undone, WED.minusSeconds(10));
            ledger.invite(3, WED.plusSeconds(1));
            var h = evaluate(FREE, WED);
            assertThat(h.invitations().sentThisWeek()).isEqualTo(1);
            assertThat(h.invitations().pendingProspects()).containsExactly(1L);
        }

    }

    @Nested
    class Acceptance {

        @Test
        void below_twenty_decided_invitations_the_budget_is_not_cut() {
            for (int i = 0; i < 19; i++) {
                ledger.invite(i, WED.minus(Duration.ofDays(20)));
                ledger.outcome(i, INVITATION_DECLINED, WED.minus(Duration.ofDays(19)));
            }
            var h = evaluate(FREE, WED);
            assertThat(h.invitations().acceptanceLast100().of()).isEqualTo(19);
            assertThat(h.invitations().weeklyBudget()).isEqualTo(100);
        }

        @ParameterizedTest(name = "{0} of 20 accepted")
        @ValueSource(ints = { 5, 6, 9, 10, 13, 14 })
        void low_and_very_low_acceptance_cut_the_budget_by_the_team_policy(int accepted) {
            for (int i = 0; i < 20; i++) {
                ledger.invite(i, WED.minus(Duration.ofDays(20)));
                ledger.outcome(i, i < accepted ? INVITATION_ACCEPTED : INVITATION_DECLINED,
                        WED.minus(Duration.ofDays(19)));
            }
            var h = evaluate(SALES_NAV, WED);
            int percent = accepted * 5;
            int expected = percent < 30 ? 100 : percent < 50 ? 150 : 200;
            assertThat(h.invitations().weeklyBudget()).isEqualTo(expected);
            // At the team's 70% target the account is healthy again.
            assertThat(h.health()).isEqualTo(percent < 30 ? Health.RED : percent < 70 ? Health.AMBER : Health.GREEN);
        }

        @Test
        void the_last_hundred_decided_count_and_older_ones_do_not() {
            // 50 old declines, then 100 recent: 80 accepted.
            for (int i = 0; i < 150; i++) {
                ledger.invite(i, WED.minus(Duration.ofDays(200 - i)));
                ledger.outcome(i, i >= 50 && i < 130 ? INVITATION_ACCEPTED : INVITATION_DECLINED,
                        WED.minus(Duration.ofDays(199 - i)));
            }
            var rate = evaluate(FREE, WED).invitations().acceptanceLast100();
            assertThat(rate).isEqualTo(new Headroom.Rate(80, 100));
        }

        @Test
        void the_thirty_day_rate_counts_invitations_sent_in_those_days_and_undecided_ones_as_not_yet_accepted() {
            ledger.invite(1, WED.minus(Duration.ofDays(31)));
            ledger.outcome(1, INVITATION_ACCEPTED, WED.minus(Duration.ofDays(20)));
            ledger.invite(2, WED.minus(Duration.ofDays(10)));
            ledger.outcome(2, INVITATION_ACCEPTED, WED.minus(Duration.ofDays(9)));
            ledger.invite(3, WED.minus(Duration.ofDays(5)));
            assertThat(evaluate(FREE, WED).invitations().acceptance30Days()).isEqualTo(new Headroom.Rate(1, 2));
        }

    }

    @Nested
    class PendingAndWithdrawals {

        @Test
        void invitations_never_decided_stay_pending_and_are_due_for_withdrawal_after_the_team_reminder() {
            ledger.invite(1, WED.minus(Duration.ofDays(60)));
            ledger.invite(2, WED.minus(Duration.ofDays(21)));
            ledger.invite(3, WED.minus(Duration.ofDays(20)));
            var h = evaluate(FREE, WED);
            assertThat(h.invitations().pending()).isEqualTo(3);
            assertThat(h.invitations().withdrawDue()).extracting(Headroom.PendingInvitation::prospectId)
                .containsExactly(1L, 2L);
            assertThat(h.health()).isEqualTo(Health.AMBER);
        }

        @Test
        void the_pending_block_refuses_new_invitations_and_says_how_many_to_withdraw() {
            var policy = new TeamPolicySettings(3, 4, 70, 50, 75, 30, 50, 10, 5, 20, 40, 21, 21, 7, 90, 10, 10, 3,
                    POLICY.workingDays(), "Europe/Berlin", Set.of(), Set.of(), 40, 2);
            var facts = new MemberFacts(List.of(new TierPeriod(Instant.EPOCH, FREE)), policy, LocalDate.of(2025, 1, 1),
                    null);
            for (int i = 0; i < 4; i++) {
                ledger.invite(i, WED.minus(Duration.ofDays(30 - i * 5)));
            }
            var h = LimitsEngine.evaluate(facts, ledger.entries, WED);
            assertThat(h.health()).isEqualTo(Health.RED);
            assertThat(h.invitations().suggestedToday()).isZero();
            assertThat(inTheWay(invitationAt(h, facts, 99, null)).map(Refusal::sentence)).contains(
                    "Pending invitations: 4 of 4 your team allows. Withdraw old ones first (2 are older than 21 days).");
        }

        @Test
        void a_withdrawn_person_is_locked_until_the_lockout_ends_to_the_second() {
            ledger.invite(7, WED.minus(Duration.ofDays(30)));
            Instant withdrawn = WED.minus(Duration.ofDays(20));
            ledger.outcome(7, INVITATION_WITHDRAWN, withdrawn);
            var h = evaluate(FREE, WED);
            assertThat(h.lockouts()).containsEntry(7L, withdrawn.plus(Duration.ofDays(21)));
            var check = invitationAt(h, facts(FREE), 7, null);
            assertThat(check.refused()).as("LinkedIn's own rule: refused, no override").hasValueSatisfying(r -> {
                assertThat(r.limit()).isEqualTo(Limit.REINVITE_LOCKOUT);
                assertThat(r.overridable()).isFalse();
                assertThat(r.sentence()).isEqualTo("You withdrew your invitation to this person on Thu 5 Nov 2026."
                        + " LinkedIn blocks a new invitation to the same person for up to three weeks: you can invite"
                        + " them again from Thu 26 Nov 2026 10:00.");
            });
            assertThat(evaluate(FREE, withdrawn.plus(Duration.ofDays(21))).lockouts()).isEmpty();
        }

        @Test
        void an_invitation_to_someone_already_pending_or_connected_is_refused() {
            ledger.invite(1, WED.minus(Duration.ofDays(2)));
            ledger.invite(2, WED.minus(Duration.ofDays(3)));
            ledger.outcome(2, INVITATION_ACCEPTED, WED.minus(Duration.ofDays(1)));
            var h = evaluate(FREE, WED);
            assertThat(inTheWay(invitationAt(h, facts(FREE), 1, null)).map(Refusal::sentence)).get()
                .asString()
                .startsWith("An invitation to this person is already pending.");
            assertThat(inTheWay(invitationAt(h, facts(FREE), 2, null)).map(Refusal::sentence)).get()
                .asString()
                .startsWith("You are already connected with this person");
            assertThat(inTheWay(invitationAt(h, facts(FREE), 3, null)).map(Refusal::sentence)).isEmpty();
        }

    }

    @Nested
    class NotesAndMonths {

        @Test
        void a_free_account_gets_five_notes_per_calendar_month_in_the_teams_zone() {
            // 23:30 on 31 January in Berlin is still January there (22:30 UTC).
            for (int i = 0; i < 5; i++) {
                ledger.inviteWithNote(i, at("2026-01-31T23:30").plusSeconds(i));
            }
            var lastOfJanuary = evaluate(FREE, at("2026-01-31T23:59:59"));
            assertThat(lastOfJanuary.invitations().notesLeft()).hasValue(0);
            assertThat(inTheWay(invitationAt(lastOfJanuary, facts(FREE), 99, "Hello")).map(Refusal::sentence))
                .contains("Personalized notes used: 5 of 5 this month on Free. Send it without a note, or wait until"
                        + " Sun 1 Feb 2026.");
            assertThat(inTheWay(invitationAt(lastOfJanuary, facts(FREE), 99, "")).map(Refusal::sentence)).isEmpty();
            assertThat(evaluate(FREE, at("2026-02-01T00:00")).invitations().notesLeft()).hasValue(5);
        }

        @Test
        void a_leap_day_belongs_to_february() {
            ledger.inviteWithNote(1, at("2028-02-29T12:00"));
            assertThat(evaluate(FREE, at("2028-02-29T23:59")).invitations().notesLeft()).hasValue(4);
            assertThat(evaluate(FREE, at("2028-03-01T00:00")).invitations().notesLeft()).hasValue(5);
        }

        @Test
        void a_note_longer_than_the_tier_allows_is_refused_counting_characters_as_people_see_them() {
            var h = evaluate(FREE, WED);
            assertThat(inTheWay(invitationAt(h, facts(FREE), 1, "x".repeat(201))).map(Refusal::sentence))
                .contains("The note has 201 characters; Free allows 200.");
            // 200 emoji are 400 UTF-16 units but 200 characters.
            assertThat(inTheWay(invitationAt(h, facts(FREE), 1, "😀".repeat(200))).map(Refusal::sentence)).isEmpty();
            assertThat(inTheWay(invitationAt(evaluate(PREMIUM, WED), facts(PREMIUM), 1, "x".repeat(300)))
                .map(Refusal::sentence)).isEmpty();
        }

    }

    @Nested
    class Today {

        @Test
        void the_rest_of_the_week_is_spread_over_the_working_days_left_never_above_the_daily_pace() {
            // Wednesday: 7 days from today hold 5 working days; 100 left is 20 a day, the
            // pace.
            var h = evaluate(FREE, WED);
            assertThat(h.invitations().suggestedToday()).isEqualTo(20);
            assertThat(h.invitations().suggestionReason())
                .isEqualTo("100 left over 5 working days is 20 a day; at most the team's suggested pace of 20 a day.");
        }

        @Test
        void what_was_sent_today_is_taken_off_todays_number() {
            for (int i = 0; i < 30; i++) {
                ledger.invite(i, WED.minus(Duration.ofDays(3)).plusSeconds(i));
            }
            ledger.invite(100, at("2026-11-25T08:00"));
            ledger.invite(101, at("2026-11-25T08:05"));
            var h = evaluate(FREE, WED);
            // 68 left + 2 today = 70 over 5 days: 14 a day, 12 more today.
            assertThat(h.invitations().left()).isEqualTo(68);
            assertThat(h.invitations().sentToday()).isEqualTo(2);
            assertThat(h.invitations().suggestedToday()).isEqualTo(12);
        }

        @Test
        void nothing_is_suggested_on_a_day_off() {
            var h = evaluate(FREE, at("2026-11-28T10:00"));
            assertThat(h.invitations().suggestedToday()).isZero();
            assertThat(h.invitations().suggestionReason()).isEqualTo("Saturday is not one of the team's working days.");
        }

        @Test
        void a_new_linkedin_account_ramps_up_week_by_week() {
            var facts = new MemberFacts(List.of(new TierPeriod(Instant.EPOCH, SALES_NAV)), POLICY,
                    LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15));
            var week2 = LimitsEngine.evaluate(facts, ledger.entries, WED);
            assertThat(week2.invitations().rampUp()).contains(new Headroom.RampUp(2, 15, 75));
            assertThat(week2.invitations().weeklyBudget()).isEqualTo(75);
            assertThat(week2.invitations().suggestedToday()).isEqualTo(15);
            assertThat(week2.invitations().budgetReason()).isEqualTo("Sales Navigator Core allows 200 a week; ramp-up"
                    + " week 2 of a new LinkedIn account allows 15 a day over 5 working days = 75");
            // Week 8: 45 a day x 5 = 225 is beyond the tier: no ramp-up any more.
            var week8 = LimitsEngine.evaluate(facts, ledger.entries, at("2027-01-06T10:00"));
            assertThat(week8.invitations().rampUp()).isEmpty();
            assertThat(week8.invitations().weeklyBudget()).isEqualTo(200);
        }

    }

    @Nested
    class Restrictions {

        @Test
        void a_restriction_pauses_invitations_for_the_cooldown_and_repeats_double_it() {
            ledger.restriction(at("2026-09-01T09:00"), null);
            ledger.restriction(at("2026-10-01T09:00"), null);
            ledger.restriction(at("2026-11-20T09:00"), null);
            var h = evaluate(FREE, WED);
            // Two earlier restrictions in 90 days: 7 x 2 x 2 = 28 days.
            assertThat(h.restriction())
                .contains(new Headroom.Cooldown(at("2026-11-20T09:00"), at("2026-12-18T09:00"), 2));
            assertThat(h.health()).isEqualTo(Health.RED);
            assertThat(h.invitations().suggestedToday()).isZero();
            assertThat(inTheWay(invitationAt(h, facts(FREE), 1, null)).map(Refusal::sentence))
                .contains("Paused after LinkedIn"
                        + " restricted your account on Fri 20 Nov 2026: no invitations until Fri 18 Dec 2026 09:00.");
        }

        @Test
        void restrictions_outside_the_window_do_not_double_and_linkedins_own_end_date_wins_when_later() {
            ledger.restriction(at("2026-05-01T09:00"), null);
            ledger.restriction(at("2026-11-20T09:00"), at("2026-12-01T00:00"));
            var h = evaluate(FREE, WED);
            assertThat(h.restriction())
                .contains(new Headroom.Cooldown(at("2026-11-20T09:00"), at("2026-12-01T00:00"), 0));
            assertThat(evaluate(FREE, at("2026-12-01T00:00")).restriction()).isEmpty();
        }

    }

    @Nested
    class MessagesToday {

        @Test
        void messages_count_per_calendar_day_and_the_121st_is_refused() {
            for (int i = 0; i < 120; i++) {
                ledger.add(MESSAGE_SENT, i, at("2026-11-25T00:00").plusSeconds(i * 60L));
            }
            var h = evaluate(FREE, WED);
            assertThat(h.messages().left()).isZero();
            assertThat(inTheWay(messageAt(h, facts(FREE), "Hi")).map(Refusal::sentence))
                .contains("Messages today: 120 of 120. You can send again from Thu 26 Nov 2026 00:00.");
            assertThat(evaluate(FREE, at("2026-11-26T00:00")).messages().left()).isEqualTo(120);
        }

        @Test
        void the_day_of_a_daylight_saving_change_has_23_hours_and_still_ends_at_midnight() {
            ledger.add(MESSAGE_SENT, 1, at("2026-03-29T00:30"));
            var h = evaluate(FREE, at("2026-03-29T23:00"));
            assertThat(h.messages().sentToday()).isEqualTo(1);
            assertThat(h.messages().nextDayStartsAt()).isEqualTo(at("2026-03-30T00:00"));
        }

        @Test
        void a_message_over_8000_characters_is_refused() {
            assertThat(inTheWay(messageAt(evaluate(FREE, WED), facts(FREE), "x".repeat(8001))).map(Refusal::sentence))
                .contains("The message has 8,001 characters; LinkedIn allows 8,000.");
        }

    }

    @Nested
    class Bursts {

        @Test
        void more_than_ten_requests_in_ten_minutes_is_flagged() {
            for (int i = 0; i < 11; i++) {
                ledger.invite(i, WED.minusSeconds(500 - i * 10L));
            }
            var h = evaluate(FREE, WED);
            assertThat(h.invitations().burst()).isEqualTo(11);
            assertThat(h.health()).isEqualTo(Health.AMBER);
            assertThat(h.reasons())
                .anySatisfy(r -> assertThat(r.sentence()).startsWith("11 invitations in the last 10" + " minutes"));
            assertThat(evaluate(FREE, WED.plusSeconds(600)).invitations().burst()).isLessThanOrEqualTo(10);
        }

    }

    @Nested
    class InMailCredits {

        @Test
        void credits_are_spent_oldest_first_and_expire_90_days_after_their_grant() {
            ledger.grant(at("2026-08-01T01:00"), 10);
            ledger.grant(at("2026-09-01T02:00"), 10);
            for (int i = 0; i < 12; i++) {
                ledger.add(INMAIL_SENT, 100 + i, at("2026-09-10T10:00").plusSeconds(i));
            }
            // The August lot is spent; 8 of September's remain.
            var h = evaluate(SALES_NAV, at("2026-10-01T10:00"));
            assertThat(h.inMail().balance()).isEqualTo(8);
            // September's lot (00:00 UTC, summer time) expires 90 days later, 01:00
            // winter time on 30 Nov.
            assertThat(evaluate(SALES_NAV, at("2026-11-30T00:59:59")).inMail().balance()).isEqualTo(8);
            assertThat(evaluate(SALES_NAV, at("2026-11-30T01:00")).inMail().balance()).isZero();
            var soon = evaluate(SALES_NAV, at("2026-11-20T10:00"));
            assertThat(soon.inMail().expiringSoon()).isEqualTo(8);
            assertThat(soon.inMail().expiringThisWeek()).isZero();
            assertThat(soon.inMail().nextExpiry()).contains(at("2026-11-30T01:00"));
            // Seven days before, to the second, they count as expiring this week.
            assertThat(evaluate(SALES_NAV, at("2026-11-23T01:00")).inMail().expiringThisWeek()).isEqualTo(8);
            assertThat(evaluate(SALES_NAV, at("2026-11-23T00:59")).inMail().expiringThisWeek()).isZero();
        }

        @Test
        void an_answered_inmail_returns_its_credit_to_its_own_grant_and_is_due_until_refunded() {
            ledger.grant(at("2026-11-01T01:00"), 1);
            long sent = ledger.add(INMAIL_SENT, 5, at("2026-11-02T10:00"));
            ledger.add(INMAIL_REPLIED, 5, at("2026-11-03T10:00"));
            var due = evaluate(SALES_NAV, WED);
            assertThat(due.inMail().balance()).isZero();
            assertThat(due.inMail().refundsDue()).containsExactly(sent);
            ledger.refund(sent, at("2026-11-03T10:00:01"));
            var refunded = evaluate(SALES_NAV, WED);
            assertThat(refunded.inMail().balance()).isEqualTo(1);
            assertThat(refunded.inMail().refundsDue()).isEmpty();
        }

        @Test
        void an_answer_after_90_days_returns_nothing() {
            ledger.grant(at("2026-08-01T01:00"), 1);
            ledger.add(INMAIL_SENT, 5, at("2026-08-02T10:00"));
            ledger.add(INMAIL_ACCEPTED, 5, at("2026-11-01T10:00"));
            assertThat(evaluate(SALES_NAV, WED).inMail().refundsDue()).isEmpty();
        }

        @Test
        void without_credit_in_headrooms_count_an_inmail_is_stored_and_the_rep_asked_for_linkedins_number() {
            var check = ActionChecks.inMail(evaluate(SALES_NAV, WED), facts(SALES_NAV), 1, "Hi", "Hello");
            assertThat(check.refused()).isEmpty();
            assertThat(check.pastLimits()).isEmpty();
            assertThat(check.countOff()).hasValueSatisfying(r -> {
                assertThat(r.limit().handling()).isEqualTo(Limit.Handling.CORRECT_THE_COUNT);
                assertThat(r.sentence()).isEqualTo("Headroom counts no InMail credit left (the next 50 arrive on Tue 1"
                        + " Dec 2026). If LinkedIn let you send it, Headroom's count is off: log it, then set your"
                        + " balance to the number LinkedIn shows.");
            });
        }

        @Test
        void a_tier_without_inmail_refuses_an_inmail_as_something_linkedin_does_not_offer() {
            var check = ActionChecks.inMail(evaluate(FREE, WED), facts(FREE), 1, "Hi", "Hello");
            assertThat(check.refused()).map(Refusal::limit).contains(Limit.NO_INMAIL_ON_TIER);
        }

        @Test
        void premium_refuses_a_second_inmail_before_a_reply_and_sales_navigator_charges_another_credit() {
            ledger.grant(at("2026-11-01T01:00"), 5);
            ledger.add(INMAIL_SENT, 9, at("2026-11-10T10:00"));
            assertThat(inTheWay(ActionChecks.inMail(evaluate(PREMIUM, WED), facts(PREMIUM), 9, "Again", "Hello"))
                .map(Refusal::sentence))
                .contains("Premium Career refuses a second InMail to the same person until they answer the first"
                        + " (sent Tue 10 Nov 2026).");
            assertThat(inTheWay(ActionChecks.inMail(evaluate(SALES_NAV, WED), facts(SALES_NAV), 9, "Again", "Hello"))
                .map(Refusal::sentence)).isEmpty();
            ledger.add(INMAIL_REPLIED, 9, at("2026-11-11T10:00"));
            assertThat(inTheWay(ActionChecks.inMail(evaluate(PREMIUM, WED), facts(PREMIUM), 9, "Again", "Hello"))
                .map(Refusal::sentence)).isEmpty();
        }

        @Test
        void inmails_waiting_more_than_a_week_for_an_answer_are_listed() {
            ledger.grant(at("2026-11-01T01:00"), 5);
            ledger.add(INMAIL_SENT, 1, WED.minus(Duration.ofDays(8)));
            ledger.add(INMAIL_SENT, 2, WED.minus(Duration.ofDays(6)));
            assertThat(evaluate(SALES_NAV, WED).inMail().awaitingReply())
                .extracting(Headroom.PendingInvitation::prospectId)
                .containsExactly(1L);
        }

        @Test
        void subject_and_body_lengths_are_checked() {
            ledger.grant(at("2026-11-01T01:00"), 5);
            var h = evaluate(SALES_NAV, WED);
            assertThat(
                    inTheWay(ActionChecks.inMail(h, facts(SALES_NAV), 1, "s".repeat(201), "b")).map(Refusal::sentence))
                .contains("The subject has 201 characters; InMail allows 200.");
            assertThat(
                    inTheWay(ActionChecks.inMail(h, facts(SALES_NAV), 1, "s", "b".repeat(1901))).map(Refusal::sentence))
                .contains("The InMail has 1,901 characters; InMail allows 1,900.");
        }

    }

    @Nested
    class PastTheLimit {

        @Test
        void an_invitation_past_the_weekly_budget_is_stored_past_the_limit_not_refused() {
            for (int i = 0; i < 100; i++) {
                ledger.invite(i, WED.minus(Duration.ofHours(100 - i)));
            }
            var check = invitationAt(evaluate(FREE, WED), facts(FREE), 999, null);
            assertThat(check.refused()).isEmpty();
            assertThat(check.pastLimits()).extracting(Refusal::limit).containsExactly(Limit.WEEKLY_BUDGET);
            assertThat(check.pastLimits()).allMatch(Refusal::overridable);
            assertThat(check.allowance()).isEmpty();
        }

        @Test
        void entries_logged_past_a_limit_turn_health_red_for_seven_days_with_the_limits_named() {
            ledger.invite(1, WED.minus(Duration.ofHours(3)));
            ledger.pastLimit(INVITATION_SENT, 2, WED.minus(Duration.ofHours(2)), "WEEKLY_BUDGET,BURST", false);
            ledger.pastLimit(MESSAGE_SENT, 3, WED.minus(Duration.ofHours(1)), "DAILY_MESSAGES", false);
            var h = evaluate(FREE, WED);
            assertThat(h.health()).isEqualTo(Health.RED);
            assertThat(h.reasons().getFirst().sentence()).isEqualTo("1 invitation and 1 message logged past the"
                    + " team's limits in the last 7 days (weekly invitation budget, burst of invitations, messages a"
                    + " day), the latest on Wed 25 Nov 2026 09:00. Your managers see them: keep to the limits or ask a"
                    + " manager before you send.");
            // Counted everywhere: the past-the-limit invitation is in the week like any
            // other.
            assertThat(h.invitations().sentThisWeek()).isEqualTo(2);
            assertThat(evaluate(FREE, WED.plus(Duration.ofDays(7)).minus(Duration.ofHours(1))).health())
                .isNotEqualTo(Health.RED);
        }

        @Test
        void an_action_a_manager_approved_beforehand_keeps_health_amber() {
            ledger.pastLimit(INVITATION_SENT, 2, WED.minus(Duration.ofHours(2)), "WEEKLY_BUDGET", true);
            var h = evaluate(FREE, WED);
            assertThat(h.health()).isEqualTo(Health.AMBER);
            assertThat(h.reasons().getFirst().sentence()).endsWith("A manager approved it beforehand.");
        }

        @Test
        void a_cooldown_leaves_no_invitation_this_week_and_says_until_when() {
            ledger.restriction(at("2026-11-23T09:00"), null);
            var inv = evaluate(FREE, WED).invitations();
            assertThat(inv.left()).isZero();
            assertThat(inv.mayStillSendToday()).isZero();
            assertThat(inv.pausedUntil()).contains(at("2026-11-30T09:00"));
            assertThat(inv.weeklyBudget()).isEqualTo(100);
            var check = invitationAt(evaluate(FREE, WED), facts(FREE), 5, null);
            assertThat(check.pastLimits()).extracting(Refusal::limit).containsExactly(Limit.RESTRICTION_COOLDOWN);
        }

        @Test
        void the_41st_invitation_of_a_day_goes_past_the_teams_daily_most() {
            for (int i = 0; i < 40; i++) {
                ledger.invite(i, at("2026-11-25T08:00").plus(Duration.ofMinutes(2L * i)));
            }
            var h = evaluate(SALES_NAV, at("2026-11-25T10:00"));
            assertThat(h.invitations().dailyCap()).isEqualTo(40);
            assertThat(h.invitations().mayStillSendToday()).isZero();
            assertThat(invitationAt(h, facts(SALES_NAV), 99, null).pastLimits()).singleElement()
                .satisfies(r -> assertThat(r.sentence()).isEqualTo("Invitations today: 40 of 40, the most your team"
                        + " allows in a day. More can go from Thu 26 Nov 2026 00:00."));
            assertThat(
                    invitationAt(evaluate(SALES_NAV, at("2026-11-26T00:00")), facts(SALES_NAV), 99, null).pastLimits())
                .isEmpty();
        }

        @Test
        void ramp_up_lowers_the_daily_most_to_its_own_figure() {
            var facts = new MemberFacts(List.of(new TierPeriod(Instant.EPOCH, SALES_NAV)), POLICY,
                    LocalDate.of(2025, 1, 15), LocalDate.of(2026, 11, 23));
            for (int i = 0; i < 10; i++) {
                ledger.invite(i, at("2026-11-25T08:00").plus(Duration.ofMinutes(2L * i)));
            }
            var h = LimitsEngine.evaluate(facts, ledger.entries, WED);
            assertThat(h.invitations().dailyCap()).isEqualTo(10);
            assertThat(invitationAt(h, facts, 99, null).pastLimits()).extracting(Refusal::sentence)
                .containsExactly("Invitations today: 10 of 10, the most ramp-up week 1 allows in a day. More can go"
                        + " from Thu 26 Nov 2026 00:00.");
        }

        @Test
        void at_the_burst_the_form_says_how_long_to_wait_before_the_next_one() {
            // Ten invitations from 9:52 to 9:56:30: the next one adds to a burst until
            // the first leaves, at 10:02.
            for (int i = 0; i < 10; i++) {
                ledger.invite(i, at("2026-11-25T09:52").plusSeconds(30L * i));
            }
            var h = evaluate(SALES_NAV, WED);
            assertThat(h.invitations().slowDownUntil()).contains(at("2026-11-25T10:02"));
            assertThat(invitationAt(h, facts(SALES_NAV), 99, null).pastLimits()).extracting(Refusal::sentence)
                .containsExactly("Slow down: wait 2 minutes. 11 invitations within 10 minutes with this one; your"
                        + " team allows 10: more looks automated to LinkedIn.");
            assertThat(invitationAt(h, facts(SALES_NAV), 99, null).pastLimitRecord()).as("what managers read later")
                .isEqualTo("11 invitations within 10 minutes with this one; your team allows 10: more looks"
                        + " automated to LinkedIn.");
            assertThat(invitationAt(evaluate(SALES_NAV, at("2026-11-25T10:01:59")), facts(SALES_NAV), 99, null)
                .pastLimits()).extracting(Refusal::sentence).first().asString().startsWith("Slow down: wait 1 minute.");
            assertThat(evaluate(SALES_NAV, at("2026-11-25T10:02")).invitations().slowDownUntil()).isEmpty();
        }

        @Test
        void past_the_suggested_pace_today_reads_against_the_suggestion_not_against_what_was_sent() {
            for (int i = 0; i < 21; i++) {
                ledger.invite(i, at("2026-11-25T08:00").plus(Duration.ofMinutes(2L * i)));
            }
            var inv = evaluate(SALES_NAV, WED).invitations();
            assertThat(inv.sentToday()).isEqualTo(21);
            assertThat(inv.todayTarget()).isEqualTo(20);
            ledger.restriction(at("2026-11-25T09:30"), null);
            assertThat(evaluate(SALES_NAV, WED).invitations().todayTarget()).as("paused: none should go").isZero();
        }

        @Test
        void a_week_used_up_today_reads_against_the_pace_not_against_what_was_sent() {
            int budget = evaluate(SALES_NAV, WED).invitations().weeklyBudget();
            for (int i = 0; i < budget; i++) {
                ledger.invite(i, at("2026-11-25T06:00").plus(Duration.ofMinutes(i)));
            }
            var inv = evaluate(SALES_NAV, WED).invitations();
            assertThat(inv.left()).isZero();
            assertThat(inv.sentToday()).isEqualTo(budget);
            assertThat(inv.todayTarget()).as("the team's pace, not the %d sent", budget).isEqualTo(20);
        }

        @Test
        void you_may_send_today_the_least_of_what_the_week_the_day_and_the_pending_limit_leave() {
            for (int i = 0; i < 5; i++) {
                ledger.invite(i, at("2026-11-25T08:00").plus(Duration.ofMinutes(20L * i)));
            }
            var h = evaluate(SALES_NAV, WED);
            assertThat(h.invitations().mayStillSendToday()).isEqualTo(35);
            assertThat(h.invitations().todayTarget()).isEqualTo(20);
            assertThat(invitationAt(h, facts(SALES_NAV), 99, null).allowance())
                .isEqualTo("You may send 35 more today; 15 more keeps the suggested pace.");
        }

    }

    @Nested
    class Counting {

        @ParameterizedTest
        @ValueSource(strings = { "👍🏽", "🇩🇪", "e\u0301", "👩‍💻" })
        void a_note_is_counted_in_characters_as_people_see_them(String oneCharacter) {
            var h = evaluate(FREE, WED);
            String note = "x".repeat(199) + oneCharacter;
            assertThat(TemplateText.length(note)).isEqualTo(200);
            assertThat(invitationAt(h, facts(FREE), 1, note).refused()).isEmpty();
            assertThat(invitationAt(h, facts(FREE), 1, note + "x").refused()).map(Refusal::sentence)
                .contains("The note has 201 characters; Free allows 200.");
        }

        @Test
        void messages_and_inmails_count_the_same_way() {
            ledger.grant(at("2026-11-01T01:00"), 5);
            var h = evaluate(SALES_NAV, WED);
            String family = "👩‍👩‍👧";
            assertThat(messageAt(h, facts(SALES_NAV), family.repeat(8000)).refused()).isEmpty();
            assertThat(ActionChecks.inMail(h, facts(SALES_NAV), 1, family.repeat(200), family.repeat(1900)).refused())
                .isEmpty();
            assertThat(ActionChecks.inMail(h, facts(SALES_NAV), 1, family.repeat(201), "b").refused())
                .map(Refusal::sentence)
                .contains("The subject has 201 characters; InMail allows 200.");
        }

    }

    @Nested
    class BalanceCorrections {

        @Test
        void a_lower_number_from_linkedin_takes_the_oldest_credits_first() {
            ledger.grant(at("2026-09-01T02:00"), 10);
            ledger.grant(at("2026-11-01T01:00"), 10);
            ledger.correct(at("2026-11-20T10:00"), 12);
            var h = evaluate(SALES_NAV, WED);
            assertThat(h.inMail().balance()).isEqualTo(12);
            // September's lot kept 2, which expire with it on 30 Nov; November's 10 stay.
            assertThat(h.inMail().expiringSoon()).isEqualTo(2);
            assertThat(evaluate(SALES_NAV, at("2026-11-30T01:00")).inMail().balance()).isEqualTo(10);
        }

        @Test
        void a_higher_number_adds_the_credits_headroom_missed_to_the_newest_grant() {
            ledger.grant(at("2026-11-01T01:00"), 2);
            ledger.add(INMAIL_SENT, 1, at("2026-11-10T10:00"));
            ledger.add(INMAIL_SENT, 2, at("2026-11-11T10:00"));
            ledger.correct(at("2026-11-20T10:00"), 7);
            var h = evaluate(SALES_NAV, WED);
            assertThat(h.inMail().balance()).isEqualTo(7);
            assertThat(evaluate(SALES_NAV, at("2027-01-30T01:00")).inMail().balance()).isZero();
            // A spend after the correction counts from LinkedIn's number.
            ledger.add(INMAIL_SENT, 3, at("2026-11-24T10:00"));
            assertThat(evaluate(SALES_NAV, WED).inMail().balance()).isEqualTo(6);
        }

        @Test
        void an_inmail_headroom_counted_no_credit_for_still_gets_its_credit_back_when_answered() {
            ledger.grant(at("2026-11-01T01:00"), 2);
            ledger.add(INMAIL_SENT, 1, at("2026-11-10T10:00"));
            ledger.add(INMAIL_SENT, 2, at("2026-11-11T10:00"));
            long third = ledger.add(INMAIL_SENT, 3, at("2026-11-12T10:00"));
            ledger.correct(at("2026-11-20T10:00"), 5);
            ledger.add(INMAIL_REPLIED, 3, at("2026-11-21T10:00"));
            assertThat(evaluate(SALES_NAV, WED).inMail().refundsDue()).containsExactly(third);
            ledger.refund(third, at("2026-11-21T10:05"));
            var after = evaluate(SALES_NAV, WED);
            assertThat(after.inMail().balance()).isEqualTo(6);
            assertThat(after.inMail().refundsDue()).isEmpty();
        }

        @Test
        void a_correction_to_zero_empties_every_lot() {
            ledger.grant(at("2026-11-01T01:00"), 5);
            ledger.correct(at("2026-11-20T10:00"), 0);
            assertThat(evaluate(SALES_NAV, WED).inMail().balance()).isZero();
            assertThat(InMailGrants.creditBalance(ledger.entries, WED)).isZero();
        }

    }

    @Nested
    class GrantDays {

        @Test
        void billing_day_credits_arrive_monthly_and_a_31st_falls_on_short_months_last_day() {
            assertThat(InMailGrants.grantDays(PREMIUM, LocalDate.of(2028, 1, 31), LocalDate.of(2028, 4, 30)))
                .containsExactly(LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31),
                        LocalDate.of(2028, 4, 30));
        }

        @Test
        void sales_navigator_credits_arrive_at_the_seat_start_and_every_first_of_the_month() {
            assertThat(InMailGrants.grantDays(SALES_NAV, LocalDate.of(2026, 10, 17), LocalDate.of(2026, 12, 1)))
                .containsExactly(LocalDate.of(2026, 10, 17), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
            assertThat(InMailGrants.grantInstant(SALES_NAV, LocalDate.of(2026, 12, 1), BERLIN))
                .isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
            assertThat(InMailGrants.grantInstant(PREMIUM, LocalDate.of(2026, 12, 1), BERLIN))
                .isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        }

        @Test
        void a_free_tier_grants_nothing() {
            assertThat(InMailGrants.grantDays(FREE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEmpty();
        }

    }

    @Nested
    class HealthState {

        @Test
        void a_quiet_account_is_green() {
            var h = evaluate(FREE, WED);
            assertThat(h.health()).isEqualTo(Headroom.Health.GREEN);
            assertThat(h.reasons()).isEmpty();
        }

        @Test
        void the_health_is_the_worst_factor_and_reasons_come_worst_first() {
            ledger.invite(1, WED.minus(Duration.ofDays(30)));
            ledger.restriction(WED.minus(Duration.ofDays(1)), null);
            var h = evaluate(FREE, WED);
            assertThat(h.health()).isEqualTo(Headroom.Health.RED);
            assertThat(h.reasons()).extracting(Headroom.HealthReason::level)
                .containsExactly(Headroom.Health.RED, Headroom.Health.AMBER);
        }

    }

    @Test
    void an_undone_entry_does_not_hide_another_whose_id_shares_its_filter_bit() {
        // Ids 7 and 7 + 4096 fall on the same bit of the engine's filter of undone
        // entries.
        var sent = new LedgerEntry(7, 1, INVITATION_SENT, WED.minusSeconds(300), false, null, null, 0);
        var twin = new LedgerEntry(7 + 4096, 2, INVITATION_SENT, WED.minusSeconds(200), false, null, null, 0);
        var undo = new LedgerEntry(9000, 0, REVERSAL, WED.minusSeconds(100), false, 7L, null, 0);
        var h = LimitsEngine.evaluate(facts(FREE), List.of(sent, twin, undo), WED);
        assertThat(h.invitations().sentThisWeek()).isEqualTo(1);
        assertThat(h.invitations().pendingProspects()).containsExactly(2L);
    }

    @Test
    void a_ledger_out_of_time_order_gives_the_same_answer_as_a_sorted_one() {
        var random = new Random(11);
        for (int i = 0; i < 200; i++) {
            ledger.add(random.nextBoolean() ? INVITATION_SENT : INVITATION_ACCEPTED, random.nextInt(40),
                    WED.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 20))));
        }
        var sorted = new ArrayList<>(ledger.entries);
        sorted.sort(java.util.Comparator.comparing(LedgerEntry::at).thenComparingLong(LedgerEntry::id));
        var fromShuffled = LimitsEngine.evaluate(facts(FREE), ledger.entries, WED);
        var fromSorted = LimitsEngine.evaluate(facts(FREE), sorted, WED);
        assertThat(fromShuffled.invitations().pending()).isEqualTo(fromSorted.invitations().pending());
        assertThat(fromShuffled.invitations().sentThisWeek()).isEqualTo(fromSorted.invitations().sentThisWeek());
        assertThat(fromShuffled.invitations().acceptanceLast100())
            .isEqualTo(fromSorted.invitations().acceptanceLast100());
        assertThat(Set.copyOf(fromShuffled.invitations().connectedProspects()))
            .isEqualTo(Set.copyOf(fromSorted.invitations().connectedProspects()));
    }

    @Test
    void random_ledgers_never_break_the_engines_invariants() {
        var random = new Random(7);
        for (int run = 0; run < 200; run++) {
            var book = new Ledger();
            Instant now = WED.plus(Duration.ofMinutes(random.nextInt(100_000)));
            for (int i = 0; i < 300; i++) {
                Instant when = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
                long prospect = random.nextInt(80);
                switch (random.nextInt(5)) {
                    case 0, 1 -> book.invite(prospect, when);
                    case 2 -> book.outcome(prospect, INVITATION_ACCEPTED, when);
                    case 3 -> book.outcome(prospect, INVITATION_DECLINED, when);
                    default -> book.add(MESSAGE_SENT, prospect, when);
                }
            }
            var h = LimitsEngine.evaluate(facts(FREE), book.entries, now);
            var inv = h.invitations();
            assertThat(inv.left()).isBetween(0, inv.weeklyBudget());
            assertThat(inv.left()).isEqualTo(Math.max(0, inv.weeklyBudget() - inv.sentThisWeek()));
            assertThat(inv.suggestedToday()).isBetween(0, Math.min(inv.left(), POLICY.dailyInvitationPace()));
            assertThat(inv.acceptanceLast100().of()).isLessThanOrEqualTo(100);
            assertThat(inv.pendingProspects().size()).isLessThanOrEqualTo(inv.pending());
            assertThat(h.messages().left()).isBetween(0, h.messages().limit());
            // Evaluating again later never brings back an invitation that left the week.
            var later = LimitsEngine.evaluate(facts(FREE), book.entries, now.plus(Duration.ofDays(7)));
            assertThat(later.invitations().sentThisWeek()).isZero();
        }
    }

    /** A ledger written the way reps log. */
    static final class Ledger {

        final List<LedgerEntry> entries = new ArrayList<>();

        private long nextId = 1;

        long add(OutreachType type, long prospectId, Instant at) {
            entries.add(LedgerEntry.of(nextId, prospectId, type, at));
            return nextId++;
        }

        long invite(long prospectId, Instant at) {
            return add(INVITATION_SENT, prospectId, at);
        }

        long inviteWithNote(long prospectId, Instant at) {
            entries.add(new LedgerEntry(nextId, prospectId, INVITATION_SENT, at, true, null, null, 0));
            return nextId++;
        }

        long outcome(long prospectId, OutreachType type, Instant at) {
            return add(type, prospectId, at);
        }

        void reverse(long entryId, Instant at) {
            entries.add(new LedgerEntry(nextId++, 0, REVERSAL, at, false, entryId, null, 0));
        }

        void restriction(Instant at, Instant endsAt) {
            entries.add(new LedgerEntry(nextId++, 0, RESTRICTION_REPORTED, at, false, null, endsAt, 0));
        }

        void grant(Instant at, int credits) {
            entries.add(new LedgerEntry(nextId++, 0, INMAIL_CREDITS_GRANTED, at, false, null, null, credits));
        }

        void pastLimit(OutreachType type, long prospectId, Instant at, String limits, boolean approved) {
            entries.add(new LedgerEntry(nextId++, prospectId, type, at, false, null, null, 0, limits, approved));
        }

        void correct(Instant at, int balance) {
            entries.add(new LedgerEntry(nextId++, 0, OutreachType.INMAIL_BALANCE_CORRECTED, at, false, null, null,
                    balance));
        }

        void refund(long inMailEntryId, Instant at) {
            entries.add(new LedgerEntry(nextId++, 0, INMAIL_CREDIT_REFUNDED, at, false, inMailEntryId, null, 0));
        }

    }

}
