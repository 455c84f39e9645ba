package com.headroom.outreach;

import static com.headroom.TestData.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.HeadroomTest;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.base.AuditEntry;
import com.headroom.base.AuditLog;
import com.headroom.base.RuleViolation;
import com.headroom.outreach.Headroom.Health;
import com.headroom.prospect.DoNotContactKind;
import com.headroom.prospect.DoNotContactService;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.headroom.security.Role;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.TeamSummary;
import com.headroom.tier.SecondInMailRule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Logging outreach through the service: what is stored, what is refused and why. */
@HeadroomTest
class OutreachRulesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Wednesday 25 November 2026, 10:00 in Berlin. */
    static final Instant WED = LocalDateTime.parse("2026-11-25T10:00").atZone(BERLIN).toInstant();

    @Autowired
    OutreachService outreach;

    @Autowired
    com.headroom.outreach.ProspectOutreachService prospectOutreach;

    @Autowired
    OverrideService overrides;

    @Autowired
    MyDayService myDay;

    @Autowired
    LedgerUpkeep upkeep;

    @Autowired
    ProspectService prospects;

    @Autowired
    DoNotContactService doNotContact;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    TeamSummary team;

    TestData.Person manager;

    TestData.Person rep;

    TestData.Person teammate;

    @BeforeEach
    void threeInvitationsAWeek() {
        clock.set(WED);
        var tier = testData.newTier("Tight", 3, 2, 4, SecondInMailRule.COSTS_ANOTHER_CREDIT);
        team = testData.team("Outreach");
        manager = testData.person("Mia Manager", Role.MANAGER, team.id(), tier.name());
        rep = testData.person("Rita Rep", Role.MEMBER, team.id(), tier.name());
        teammate = testData.person("Tom Teammate", Role.MEMBER, team.id(), tier.name());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void an_invitation_moves_the_prospect_to_invited_and_a_double_click_logs_once() {
        var ada = prospect("Ada");
        var first = testData.as(rep, () -> outreach.log(invite(ada, "key-1")));
        var again = testData.as(rep, () -> outreach.log(invite(ada, "key-1")));

        assertThat(first.stage()).isEqualTo(Stage.INVITED);
        assertThat(again.alreadyLogged()).isTrue();
        assertThat(again.entryId()).isEqualTo(first.entryId());
        assertThat(entries(OutreachType.INVITATION_SENT)).isEqualTo(1);
    }

    @Test
    void outcomes_move_the_pipeline_forward_only() {
        var ada = prospect("Ada");
        testData.as(rep, () -> outreach.log(invite(ada, key())));
        assertThat(
                testData.as(rep, () -> outreach.log(LogRequest.now(ada.id(), OutreachType.INVITATION_ACCEPTED, key())))
                    .stage())
            .isEqualTo(Stage.CONNECTED);
        assertThat(testData.as(rep, () -> outreach.log(LogRequest.now(ada.id(), OutreachType.MESSAGE_REPLIED, key())))
            .stage()).isEqualTo(Stage.CONVERSATION);
        testData.as(rep, () -> prospects.changeStage(ada.id(), Stage.MEETING));
        // A late "accepted" does not pull a meeting back to "connected".
        assertThat(testData.as(rep, () -> outreach.log(LogRequest.now(ada.id(), OutreachType.PROFILE_VIEWED, key())))
            .stage()).isEqualTo(Stage.MEETING);
        assertThat(
                testData.as(rep, () -> outreach.log(LogRequest.now(ada.id(), OutreachType.INVITATION_ACCEPTED, key())))
                    .stage())
            .isEqualTo(Stage.MEETING);
    }

    @Test
    void actions_of_the_last_30_days_may_be_logged_and_older_or_future_ones_are_refused() {
        var ada = prospect("Ada");
        var monthAgo = testData.as(rep,
                () -> outreach.log(at(ada, OutreachType.PROFILE_VIEWED, WED.minus(Duration.ofDays(30)))));
        assertThat(monthAgo.occurredAt()).isEqualTo(WED.minus(Duration.ofDays(30)));
        assertThatThrownBy(() -> testData.as(rep,
                () -> outreach
                    .log(at(ada, OutreachType.PROFILE_VIEWED, WED.minus(Duration.ofDays(30)).minusSeconds(1)))))
            .isInstanceOf(RuleViolation.class)
            .hasMessage("You can log actions of the last 30 days; this one is older.");
        assertThatThrownBy(() -> testData.as(rep,
                () -> outreach.log(at(ada, OutreachType.PROFILE_VIEWED, WED.plus(Duration.ofHours(1))))))
            .isInstanceOf(RuleViolation.class)
            .hasMessage("That time is in the future. Log what you have already done.");
    }

    @Test
    void an_invitation_past_the_weekly_budget_asks_for_the_reps_reason_then_is_stored_past_the_limit() {
        for (String name : new String[] { "Ada", "Bo", "Cy" }) {
            var p = prospect(name);
            testData.as(rep, () -> outreach.log(invite(p, key())));
        }
        var dee = prospect("Dee");
        String key = key();
        assertThatThrownBy(() -> testData.as(rep, () -> outreach.log(invite(dee, key))))
            .isInstanceOfSatisfying(PastLimitNeedsReason.class, needsReason -> {
                assertThat(needsReason.refusal().limit()).isEqualTo(Limit.WEEKLY_BUDGET);
                assertThat(needsReason.field()).contains("pastLimitReason");
                assertThat(needsReason.getMessage())
                    .startsWith("Weekly budget used: 3 of 3. Next invitation frees up Wed 2 Dec 2026 10:00.");
            });
        assertThat(entries(OutreachType.INVITATION_SENT)).isEqualTo(3);

        var logged = testData.as(rep, () -> outreach
            .log(invite(dee, key).withReason("She accepted my call at the fair; I sent it before I checked")));
        assertThat(logged.pastLimits()).extracting(Refusal::limit).containsExactly(Limit.WEEKLY_BUDGET);
        assertThat(logged.stage()).isEqualTo(Stage.INVITED);
        assertThat(entries(OutreachType.INVITATION_SENT)).isEqualTo(4);
        assertThat(jdbc.queryForMap(
                "SELECT past_limits, past_limit_sentence, past_limit_reason FROM outreach_entry" + " WHERE id = ?",
                logged.entryId()))
            .containsEntry("past_limits", "WEEKLY_BUDGET")
            .containsEntry("past_limit_sentence", "Weekly budget used: 3 of 3.")
            .containsEntry("past_limit_reason", "She accepted my call at the fair; I sent it before I checked");

        // Counted everywhere, red with the reason, and the managers see it.
        var headroom = testData.as(rep, () -> outreach.myHeadroom()).orElseThrow();
        assertThat(headroom.invitations().sentThisWeek()).isEqualTo(4);
        assertThat(headroom.invitations().pastTheBudget()).isEqualTo(1);
        assertThat(headroom.health()).isEqualTo(Health.RED);
        assertThat(headroom.reasons().getFirst().sentence()).startsWith(
                "1 invitation logged past the team's limits" + " in the last 7 days (weekly invitation budget)");
        assertThat(testData.as(manager, () -> overrides.loggedPastALimit()))
            .filteredOn(e -> e.entryId() == logged.entryId())
            .singleElement()
            .satisfies(e -> {
                assertThat(e.memberName()).isEqualTo("Rita Rep");
                assertThat(e.prospectName()).isEqualTo("Dee Example");
                assertThat(e.reason()).isEqualTo("She accepted my call at the fair; I sent it before I checked");
            });
        assertThat(testData.as(manager, () -> myDay.myDay()).loggedPastALimit()).isEqualTo(1);
        assertThat(SystemAuthentication
            .callAsSystem(() -> auditLog.historyOf(OutreachService.PAST_LIMIT_AUDIT_SUBJECT, logged.entryId())))
            .extracting(AuditEntry::action)
            .isNotEmpty()
            .containsOnly("Logged");
        assertThatThrownBy(() -> testData.as(rep, () -> overrides.loggedPastALimit()))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_managers_approval_lets_the_rep_go_past_the_budget_once_and_shows_in_the_ledger_and_audit_log() {
        for (String name : new String[] { "Ada", "Bo", "Cy" }) {
            var p = prospect(name);
            testData.as(rep, () -> outreach.log(invite(p, key())));
        }
        var dee = prospect("Dee");
        assertThatThrownBy(
                () -> testData.as(rep, () -> overrides.requestOverride(dee.id(), OutreachType.INVITATION_SENT, " ")))
            .hasMessage("Tell your manager why this one can't wait.");
        var request = testData.as(rep, () -> overrides.requestOverride(dee.id(), OutreachType.INVITATION_SENT,
                "Dee asked me to connect at the fair today"));
        assertThat(request.status()).isEqualTo(OverrideRequest.Status.REQUESTED);
        assertThat(request.refusal()).startsWith("Weekly budget used: 3 of 3.");

        assertThatThrownBy(() -> testData.as(teammate, () -> overrides.approveOverride(request.id(), "Sure")))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.as(manager, () -> overrides.approveOverride(request.id(), "")))
            .hasMessage("Give the reason for your decision: it goes to the audit log.");
        assertThat(testData.as(manager, () -> overrides.overridesToDecide())).extracting(OverrideRequest::id)
            .contains(request.id());
        var approved = testData.as(manager,
                () -> overrides.approveOverride(request.id(), "Met at the fair: warm lead"));
        assertThat(approved.status()).isEqualTo(OverrideRequest.Status.APPROVED);
        assertThat(approved.decidedByName()).isEqualTo("Mia Manager");

        var logged = testData.as(rep, () -> outreach
            .log(new LogRequest(dee.id(), OutreachType.INVITATION_SENT, null, null, null, null, key(), request.id())));
        assertThat(logged.stage()).isEqualTo(Stage.INVITED);
        assertThat(jdbc.queryForObject("SELECT override_id FROM outreach_entry WHERE id = ?", Long.class,
                logged.entryId()))
            .isEqualTo(request.id());
        var line = testData.as(rep, () -> prospectOutreach.forProspect(dee.id())).history().getFirst();
        assertThat(line.overrideNote())
            .isEqualTo("Past the limit with Mia Manager's approval: Met at the fair: warm lead");
        assertThat(SystemAuthentication
            .callAsSystem(() -> auditLog.historyOf(OverrideService.AUDIT_SUBJECT, request.id())))
            .extracting(AuditEntry::action)
            .contains("Approved", "Used");
        assertThat(testData.as(rep, () -> outreach.myHeadroom()).orElseThrow().health()).as("approved beforehand")
            .isEqualTo(Health.AMBER);
        // The manager's list says who approved it and who used it, with a link to the
        // person.
        var decided = testData.as(manager, () -> overrides.overridesDecided())
            .stream()
            .filter(r -> r.id() == request.id())
            .findFirst()
            .orElseThrow();
        assertThat(decided.status()).isEqualTo(OverrideRequest.Status.USED);
        assertThat(decided.decidedByName()).isEqualTo("Mia Manager");
        assertThat(decided.memberName()).isEqualTo("Rita Rep");
        assertThat(decided.usedAt()).isEqualTo(WED);

        // Used once: the next one past the budget needs a reason again.
        var eve = prospect("Eve");
        assertThatThrownBy(() -> testData.as(rep,
                () -> outreach.log(new LogRequest(eve.id(), OutreachType.INVITATION_SENT, null, null, null, null, key(),
                        request.id()))))
            .isInstanceOf(RuleViolation.class)
            .hasMessageStartingWith("That approval can't be used here any more.");
    }

    @Test
    void limits_linkedin_enforces_cannot_be_overridden() {
        var ada = prospect("Ada");
        testData.as(rep, () -> outreach.log(invite(ada, key())));
        assertThatThrownBy(() -> testData.as(rep,
                () -> overrides.requestOverride(ada.id(), OutreachType.INVITATION_SENT, "Once more please")))
            .isInstanceOf(RuleViolation.class)
            .hasMessage("An invitation to this person is"
                    + " already pending. Log its outcome, or withdraw it first. A manager can't lift this one: LinkedIn"
                    + " enforces it.");
    }

    @Test
    void a_reinvite_within_linkedins_lockout_is_refused_and_no_manager_can_lift_it() {
        var ada = prospect("Ada");
        testData.as(rep, () -> outreach.log(invite(ada, key())));
        var withdrawn = testData.as(rep,
                () -> outreach.log(LogRequest.now(ada.id(), OutreachType.INVITATION_WITHDRAWN, key())));
        assertThat(withdrawn.stageMoved()).isFalse();
        assertThat(testData.as(rep, () -> prospectOutreach.forProspect(ada.id())).reinviteLockedUntil())
            .contains(WED.plus(Duration.ofDays(21)));
        assertThatThrownBy(() -> testData.as(rep, () -> outreach.log(invite(ada, key()).withReason("I really did"))))
            .isInstanceOfSatisfying(OutreachRefused.class, refused -> {
                assertThat(refused).isNotInstanceOf(PastLimitNeedsReason.class);
                assertThat(refused.refusal().limit()).isEqualTo(Limit.REINVITE_LOCKOUT);
                assertThat(refused.getMessage()).isEqualTo("You withdrew your invitation to this person on Wed 25"
                        + " Nov 2026. LinkedIn blocks a new invitation to the same person for up to three weeks:"
                        + " you can invite them again from Wed 16 Dec 2026 10:00.");
            });
        assertThatThrownBy(() -> testData.as(rep,
                () -> overrides.requestOverride(ada.id(), OutreachType.INVITATION_SENT, "Please")))
            .hasMessageEndingWith("A manager can't lift this one: LinkedIn enforces it.");
        assertThat(entries(OutreachType.INVITATION_SENT)).isEqualTo(1);
    }

    @Test
    void while_a_cooldown_runs_nothing_is_left_this_week_and_an_invitation_logged_anyway_is_past_the_limit() {
        testData.as(rep, () -> outreach.reportRestriction(WED.minus(Duration.ofDays(1)), null, key()));
        var headroom = testData.as(rep, () -> outreach.myHeadroom()).orElseThrow();
        assertThat(headroom.invitations().left()).isZero();
        assertThat(headroom.invitations().pausedUntil()).contains(WED.plus(Duration.ofDays(6)));
        var ada = prospect("Ada");
        var logged = testData.as(rep, () -> outreach.log(invite(ada, key()).withReason("She messaged me first")));
        assertThat(logged.pastLimits()).extracting(Refusal::limit).containsExactly(Limit.RESTRICTION_COOLDOWN);
        var after = testData.as(rep, () -> outreach.myHeadroom()).orElseThrow();
        assertThat(after.invitations().left()).isZero();
        assertThat(after.invitations().sentThisWeek()).isEqualTo(1);
    }

    @Test
    void the_eleventh_invitation_in_ten_minutes_is_past_the_burst_limit_and_the_check_says_how_long_to_wait() {
        var busy = testData.person("Bea Busy", Role.MEMBER, team.id(), "Premium Business");
        for (int i = 0; i < 10; i++) {
            var p = prospect(busy, "Burst" + i);
            Instant at = WED.minus(Duration.ofMinutes(9)).plusSeconds(30L * i);
            testData.as(busy, () -> outreach
                .log(new LogRequest(p.id(), OutreachType.INVITATION_SENT, at, null, null, null, key(), null)));
        }
        var eleventh = prospect(busy, "Eleventh");
        var check = testData.as(busy,
                () -> outreach.check(eleventh.id(), OutreachType.INVITATION_SENT, null, null, null));
        assertThat(check.pastLimits()).extracting(Refusal::sentence)
            .containsExactly("Slow down: wait 1 minute. 11"
                    + " invitations within 10 minutes with this one; your team allows 10: more looks automated to"
                    + " LinkedIn.");
        assertThatThrownBy(() -> testData.as(busy, () -> outreach.log(invite(eleventh, key()))))
            .isInstanceOf(PastLimitNeedsReason.class);
        clock.set(WED.plus(Duration.ofMinutes(1)));
        assertThat(
                testData.as(busy, () -> outreach.check(eleventh.id(), OutreachType.INVITATION_SENT, null, null, null))
                    .allowance())
            .isEqualTo("You may send 30 more today; 10 more keeps the suggested pace.");
    }

    @Test
    void the_41st_invitation_of_the_day_is_past_the_teams_daily_most() {
        var busy = testData.person("Dan Daily", Role.MEMBER, team.id(), "Premium Business");
        for (int i = 0; i < 40; i++) {
            var p = prospect(busy, "Day" + i);
            Instant at = WED.minus(Duration.ofMinutes(95)).plus(Duration.ofMinutes(2L * i));
            testData.as(busy, () -> outreach
                .log(new LogRequest(p.id(), OutreachType.INVITATION_SENT, at, null, null, null, key(), null)));
        }
        var fortyFirst = prospect(busy, "FortyFirst");
        var logged = testData.as(busy, () -> outreach.log(invite(fortyFirst, key()).withReason("Event follow-ups")));
        assertThat(logged.pastLimits()).extracting(Refusal::sentence)
            .containsExactly("Invitations today: 40 of 40,"
                    + " the most your team allows in a day. More can go from Thu 26 Nov 2026 00:00.");
        assertThat(testData.as(busy, () -> myDay.myDay()).headroom().orElseThrow().health()).isEqualTo(Health.RED);
    }

    @Test
    void a_person_on_the_do_not_contact_list_is_not_contacted() {
        var ada = prospect("Ada");
        testData.as(manager,
                () -> doNotContact.add(team.id(), DoNotContactKind.PERSON, ada.profileUrl(), "Asked us to stop"));
        assertThatThrownBy(() -> testData.as(rep, () -> outreach.log(invite(ada, key())))).isInstanceOfSatisfying(
                OutreachRefused.class,
                refused -> assertThat(refused.getMessage()).startsWith("Ada Lovelace is on the do-not-contact list (")
                    .contains("Asked us to stop")
                    .endsWith("): nobody in the team contacts them, so there is nothing to log."));
        assertThat(entries(OutreachType.INVITATION_SENT)).isZero();
    }

    @Test
    void only_the_owner_logs_outreach_on_a_prospect() {
        var ada = prospect("Ada");
        assertThatThrownBy(() -> testData.as(teammate, () -> outreach.log(invite(ada, key()))))
            .isInstanceOf(RuleViolation.class)
            .hasMessage("Only the owner logs outreach on Ada Lovelace. Ask them"
                    + " to hand the prospect over to you first.");
    }

    @Test
    void undo_appends_a_reversal_and_gives_the_budget_back() {
        var ada = prospect("Ada");
        var sent = testData.as(rep, () -> outreach.log(invite(ada, key())));
        assertThat(testData.as(rep, () -> outreach.myHeadroom()).orElseThrow().invitations().left()).isEqualTo(2);
        testData.as(rep, () -> outreach.undo(sent.entryId(), key()));
        assertThat(testData.as(rep, () -> outreach.myHeadroom()).orElseThrow().invitations().left()).isEqualTo(3);
        // Nothing was updated or deleted: the sent entry is still there, with a reversal
        // after it.
        assertThat(
                jdbc.queryForObject("SELECT COUNT(*) FROM outreach_entry WHERE member_id = ?", Integer.class, rep.id()))
            .isEqualTo(2);
        assertThat(testData.as(rep, () -> prospectOutreach.forProspect(ada.id())).history())
            .filteredOn(OutreachLine::undone)
            .extracting(OutreachLine::id)
            .containsExactly(sent.entryId());
        assertThatThrownBy(() -> testData.as(rep, () -> outreach.undo(sent.entryId(), key())))
            .hasMessage("This entry was already undone.");
        assertThatThrownBy(() -> testData.as(teammate, () -> outreach.undo(sent.entryId(), key())))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void inmail_credits_arrive_on_the_billing_day_capped_at_the_maximum_and_come_back_when_answered() {
        // Seat since 15 March, 2 credits a month, at most 4: Aug 2 + Sep 2, Oct capped to
        // 0, Nov 2 after Aug's expire.
        int grants = SystemAuthentication.callAsSystem(() -> upkeep.grantCredits(rep.id()));
        assertThat(grants).isEqualTo(4);
        assertThat(jdbc.queryForList("SELECT credits FROM outreach_entry WHERE member_id = ? AND type ="
                + " 'INMAIL_CREDITS_GRANTED' ORDER BY occurred_at", Integer.class, rep.id()))
            .containsExactly(2, 2, 0, 2);
        assertThat(SystemAuthentication.callAsSystem(() -> upkeep.grantCredits(rep.id()))).isZero();
        assertThat(balance()).isEqualTo(4);

        var ada = prospect("Ada");
        var sent = testData.as(rep, () -> outreach.log(new LogRequest(ada.id(), OutreachType.INMAIL_SENT, null,
                "Quick question", "Hello Ada", null, key(), null)));
        assertThat(balance()).isEqualTo(3);
        testData.as(rep, () -> outreach.log(LogRequest.now(ada.id(), OutreachType.INMAIL_REPLIED, key())));
        assertThat(balance()).isEqualTo(4);
        assertThat(jdbc.queryForObject(
                "SELECT relates_to FROM outreach_entry WHERE member_id = ? AND type =" + " 'INMAIL_CREDIT_REFUNDED'",
                Long.class, rep.id()))
            .isEqualTo(sent.entryId());
    }

    @Test
    void a_backdated_invitation_counts_the_ones_logged_after_it_in_its_week_day_and_ten_minutes() {
        // The week: three sent today fill the tight budget of 3, so one sent two days ago
        // went past it.
        for (String name : new String[] { "Ada", "Bo", "Cy" }) {
            var p = prospect(name);
            testData.as(rep, () -> outreach.log(invite(p, key())));
        }
        var dee = prospect("Dee");
        Instant monday = WED.minus(Duration.ofDays(2));
        assertThatThrownBy(() -> testData.as(rep,
                () -> outreach.log(
                        new LogRequest(dee.id(), OutreachType.INVITATION_SENT, monday, null, null, null, key(), null))))
            .isInstanceOfSatisfying(PastLimitNeedsReason.class, e -> assertThat(e.getMessage())
                .startsWith("Weekly budget used: 3 of 3 in the 7 days around Mon" + " 23 Nov 2026."));

        // The day: 40 logged this morning, then one backdated to 07:00 is the 41st of the
        // day.
        var busy = testData.person("Bart Backdate", Role.MEMBER, team.id(), "Premium Business");
        for (int i = 0; i < 40; i++) {
            var p = prospect(busy, "Morning" + i);
            Instant at = WED.minus(Duration.ofMinutes(90)).plus(Duration.ofMinutes(2L * i));
            testData.as(busy, () -> outreach
                .log(new LogRequest(p.id(), OutreachType.INVITATION_SENT, at, null, null, null, key(), null)));
        }
        var early = prospect(busy, "Early");
        var logged = testData.as(busy, () -> outreach.log(new LogRequest(early.id(), OutreachType.INVITATION_SENT,
                WED.minus(Duration.ofHours(3)), null, null, null, key(), null, "Forgot to log it at seven")));
        assertThat(logged.pastLimits()).extracting(Refusal::limit).contains(Limit.DAILY_INVITATIONS);
        assertThat(logged.pastLimits()).extracting(Refusal::sentence)
            .contains("Invitations on Wed 25 Nov 2026: 40" + " of 40, the most your team allows in a day.");

        // Ten minutes: ten within 9 minutes, then one backdated into the middle of them.
        var quick = testData.person("Quinn Quick", Role.MEMBER, team.id(), "Premium Business");
        for (int i = 0; i < 10; i++) {
            var p = prospect(quick, "Quick" + i);
            Instant at = WED.minus(Duration.ofMinutes(9)).plus(Duration.ofMinutes(i));
            testData.as(quick, () -> outreach
                .log(new LogRequest(p.id(), OutreachType.INVITATION_SENT, at, null, null, null, key(), null)));
        }
        var middle = prospect(quick, "Middle");
        assertThatThrownBy(() -> testData.as(quick,
                () -> outreach.log(new LogRequest(middle.id(), OutreachType.INVITATION_SENT,
                        WED.minus(Duration.ofMinutes(5)), null, null, null, key(), null))))
            .isInstanceOfSatisfying(PastLimitNeedsReason.class,
                    e -> assertThat(e.refusal().limit()).isEqualTo(Limit.BURST));
    }

    @Test
    void a_backdated_message_counts_the_messages_logged_later_that_day() {
        var chatty = testData.person("Cora Chatty", Role.MEMBER, team.id(), "Premium Business");
        var friend = prospect(chatty, "Friend");
        for (int i = 0; i < 120; i++) {
            Instant at = WED.minus(Duration.ofMinutes(120 - i));
            testData.as(chatty, () -> outreach
                .log(new LogRequest(friend.id(), OutreachType.MESSAGE_SENT, at, null, "Hi", null, key(), null)));
        }
        assertThatThrownBy(() -> testData.as(chatty,
                () -> outreach.log(new LogRequest(friend.id(), OutreachType.MESSAGE_SENT,
                        WED.minus(Duration.ofHours(6)), null, "Early hello", null, key(), null))))
            .isInstanceOfSatisfying(PastLimitNeedsReason.class,
                    e -> assertThat(e.getMessage()).startsWith("Messages on Wed 25 Nov 2026: 120 of 120."));
    }

    @Test
    void an_approval_covers_only_the_limits_the_manager_was_shown() {
        for (String name : new String[] { "Ada", "Bo", "Cy" }) {
            var p = prospect(name);
            testData.as(rep, () -> outreach.log(invite(p, key())));
        }
        var dee = prospect("Dee");
        var request = testData.as(rep,
                () -> overrides.requestOverride(dee.id(), OutreachType.INVITATION_SENT, "Met at a fair"));
        testData.as(manager, () -> overrides.approveOverride(request.id(), "Warm lead"));
        // Then LinkedIn restricts the account: the approval was for the budget, not for
        // the cooldown.
        testData.as(rep, () -> outreach.reportRestriction(WED, null, key()));
        assertThatThrownBy(() -> testData.as(rep, () -> outreach
            .log(new LogRequest(dee.id(), OutreachType.INVITATION_SENT, null, null, null, null, key(), request.id()))))
            .isInstanceOf(PastLimitNeedsReason.class);
        var logged = testData.as(rep, () -> outreach.log(new LogRequest(dee.id(), OutreachType.INVITATION_SENT, null,
                null, null, null, key(), request.id(), "Sent before LinkedIn told me")));
        assertThat(jdbc.queryForMap("SELECT override_id, past_limit_reason FROM outreach_entry WHERE id = ?",
                logged.entryId()))
            .containsEntry("override_id", null)
            .containsEntry("past_limit_reason", "Sent before LinkedIn told me");
        assertThat(testData.as(rep, () -> outreach.myHeadroom()).orElseThrow().health()).isEqualTo(Health.RED);
    }

    @Test
    void an_approval_not_needed_any_more_is_closed_when_the_action_is_logged() {
        for (String name : new String[] { "Ada", "Bo", "Cy" }) {
            var p = prospect(name);
            testData.as(rep, () -> outreach.log(invite(p, key())));
        }
        var dee = prospect("Dee");
        var request = testData.as(rep,
                () -> overrides.requestOverride(dee.id(), OutreachType.INVITATION_SENT, "Met at a fair"));
        testData.as(manager, () -> overrides.approveOverride(request.id(), "Warm lead"));
        assertThat(testData.as(rep, () -> prospectOutreach.forProspect(dee.id())).approvedOverrides()).hasSize(1);
        // A week later the budget is free again: the invitation needs no approval, and
        // the approval is done with.
        clock.set(WED.plus(Duration.ofDays(7)));
        var logged = testData.as(rep, () -> outreach.log(invite(dee, key())));
        assertThat(logged.pastLimits()).isEmpty();
        assertThat(testData.as(rep, () -> prospectOutreach.forProspect(dee.id())).approvedOverrides()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT status FROM limit_override WHERE id = ?", String.class, request.id()))
            .isEqualTo("USED");
    }

    @Test
    void an_entry_past_the_limit_that_the_rep_undid_no_longer_counts_for_the_managers_or_the_last_activity() {
        for (String name : new String[] { "Ada", "Bo", "Cy" }) {
            var p = prospect(name);
            testData.as(rep, () -> outreach.log(invite(p, key())));
        }
        var dee = prospect("Dee");
        var logged = testData.as(rep, () -> outreach.log(new LogRequest(dee.id(), OutreachType.INVITATION_SENT,
                WED.minus(Duration.ofHours(1)), null, null, null, key(), null, "At the fair")));
        assertThat(testData.as(manager, () -> myDay.myDay()).loggedPastALimit()).isEqualTo(1);
        testData.as(rep, () -> outreach.undo(logged.entryId(), key()));
        assertThat(testData.as(manager, () -> myDay.myDay()).loggedPastALimit()).isZero();
        assertThat(testData.as(manager, () -> overrides.loggedPastALimit()))
            .filteredOn(e -> e.entryId() == logged.entryId())
            .singleElement()
            .satisfies(e -> assertThat(e.undone()).isTrue());
        assertThat(testData.as(rep, () -> outreach.myHeadroom()).orElseThrow().health()).isNotEqualTo(Health.RED);
    }

    @Test
    void an_inmail_on_a_tier_without_inmail_is_refused_and_nothing_is_stored() {
        var free = testData.person("Fay Free", Role.MEMBER, team.id(), "Free");
        var zed = prospect(free, "Zed");
        assertThatThrownBy(() -> testData.as(free,
                () -> outreach
                    .log(new LogRequest(zed.id(), OutreachType.INMAIL_SENT, null, "Hi", "Hello", null, key(), null))))
            .isInstanceOfSatisfying(OutreachRefused.class, refused -> {
                assertThat(refused.refusal().limit()).isEqualTo(Limit.NO_INMAIL_ON_TIER);
                assertThat(refused.getMessage()).startsWith("Free has no InMail credits");
            });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outreach_entry WHERE member_id = ?", Integer.class,
                free.id()))
            .isZero();
    }

    @Test
    void an_inmail_with_no_credit_left_in_headrooms_count_is_stored_and_the_rep_sets_linkedins_number() {
        SystemAuthentication.callAsSystem(() -> upkeep.grantCredits(rep.id()));
        for (int i = 0; i < 4; i++) {
            var p = prospect("Spend" + i);
            testData.as(rep, () -> outreach
                .log(new LogRequest(p.id(), OutreachType.INMAIL_SENT, null, "Hi", "Hello", null, key(), null)));
        }
        assertThat(balance()).isZero();
        var fifth = prospect("Fifth");
        var logged = testData.as(rep, () -> outreach
            .log(new LogRequest(fifth.id(), OutreachType.INMAIL_SENT, null, "Hi", "Hello", null, key(), null)));
        assertThat(logged.countOff()).isTrue();
        assertThat(logged.pastLimits()).isEmpty();
        assertThat(entries(OutreachType.INMAIL_SENT)).isEqualTo(5);
        assertThat(balance()).isZero();

        assertThatThrownBy(() -> testData.as(rep, () -> outreach.correctInMailBalance(5, key())))
            .isInstanceOf(RuleViolation.class)
            .hasMessageStartingWith(tierName() + " holds at most 4 InMail credits.");
        testData.as(rep, () -> outreach.correctInMailBalance(3, key()));
        assertThat(balance()).isEqualTo(3);
        assertThat(jdbc.queryForObject(
                "SELECT credits FROM outreach_entry WHERE member_id = ? AND type =" + " 'INMAIL_BALANCE_CORRECTED'",
                Integer.class, rep.id()))
            .isEqualTo(3);
    }

    @Test
    void a_backdated_invitation_is_the_prospects_last_activity_not_the_day_it_was_logged() {
        var ada = prospect("Ada");
        Instant friday = WED.minus(Duration.ofDays(5));
        testData.as(rep, () -> outreach
            .log(new LogRequest(ada.id(), OutreachType.INVITATION_SENT, friday, null, null, null, key(), null)));
        var details = testData.as(rep, () -> prospects.details(ada.id()));
        assertThat(details.stage()).isEqualTo(Stage.INVITED);
        assertThat(details.lastActivityAt()).isEqualTo(friday);
        // Editing notes is not activity; a later outreach is.
        testData.as(rep, () -> prospects.saveSharedNotes(ada.id(), details.version(), "Met at the fair"));
        assertThat(testData.as(rep, () -> prospects.details(ada.id())).lastActivityAt()).isEqualTo(friday);
        Instant monday = WED.minus(Duration.ofDays(2));
        testData.as(rep, () -> outreach
            .log(new LogRequest(ada.id(), OutreachType.PROFILE_VIEWED, monday, null, null, null, key(), null)));
        assertThat(testData.as(rep, () -> prospects.details(ada.id())).lastActivityAt()).isEqualTo(monday);
    }

    @Test
    void an_outcome_that_moves_no_stage_says_so_and_a_stage_set_by_hand_counts_as_connected() {
        var ada = prospect("Ada");
        testData.as(rep, () -> outreach.log(invite(ada, key())));
        var declined = testData.as(rep,
                () -> outreach.log(LogRequest.now(ada.id(), OutreachType.INVITATION_DECLINED, key())));
        assertThat(declined.stageMoved()).isFalse();
        assertThat(declined.stage()).isEqualTo(Stage.INVITED);

        var bo = prospect("Bo");
        testData.as(rep, () -> prospects.changeStage(bo.id(), Stage.CONNECTED));
        var state = testData.as(rep, () -> prospectOutreach.forProspect(bo.id()));
        assertThat(state.connected()).isFalse();
        assertThat(state.connectedByStage()).isTrue();
    }

    @Test
    void the_reminder_job_flags_each_stale_invitation_once_and_my_day_says_since_when() {
        var ada = prospect("Ada");
        testData.as(rep, () -> outreach.log(new LogRequest(ada.id(), OutreachType.INVITATION_SENT,
                WED.minus(Duration.ofDays(22)), null, null, null, key(), null)));
        var bo = prospect("Bo");
        testData.as(rep, () -> outreach.log(new LogRequest(bo.id(), OutreachType.INVITATION_SENT,
                WED.minus(Duration.ofDays(3)), null, null, null, key(), null)));
        assertThat(SystemAuthentication.callAsSystem(() -> upkeep.remindWithdrawals(rep.id()))).isEqualTo(1);
        assertThat(SystemAuthentication.callAsSystem(() -> upkeep.remindWithdrawals(rep.id()))).isZero();
        var day = testData.as(rep, () -> myDay.myDay());
        assertThat(day.withdraw().items()).singleElement().satisfies(todo -> {
            assertThat(todo.name()).isEqualTo("Ada Lovelace");
            assertThat(todo.what()).isEqualTo("Invited 22 days ago, no answer: withdraw the invitation (on your list"
                    + " since Wed 25 Nov 2026)");
        });
    }

    // ---- Helpers. ----

    private String tierName() {
        return testData.as(rep, () -> outreach.myHeadroom()).orElseThrow().tierName();
    }

    private int balance() {
        return testData.as(rep, () -> outreach.myHeadroom()).orElseThrow().inMail().balance();
    }

    private int entries(OutreachType type) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outreach_entry WHERE member_id = ? AND type = ?",
                Integer.class, rep.id(), type.name());
    }

    private ProspectDetails prospect(String firstName) {
        return prospect(rep, firstName);
    }

    private ProspectDetails prospect(TestData.Person owner, String firstName) {
        String last = firstName.equals("Ada") ? "Lovelace" : "Example";
        return testData.prospect(owner, team.id(), firstName, last, "Acme");
    }

    private static LogRequest invite(ProspectDetails prospect, String key) {
        return LogRequest.now(prospect.id(), OutreachType.INVITATION_SENT, key);
    }

    private static LogRequest at(ProspectDetails prospect, OutreachType type, Instant at) {
        return new LogRequest(prospect.id(), type, at, null, null, null, key(), null);
    }

}
