package com.headroom.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.HeadroomTest;
import com.headroom.SignedInAs;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.base.AuditEntry;
import com.headroom.base.AuditLog;
import com.headroom.base.RuleViolation;
import com.headroom.prospect.DoNotContactKind;
import com.headroom.prospect.DoNotContactService;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.headroom.prospect.ProspectFixtures;
import com.headroom.security.Role;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.TeamSummary;
import com.headroom.tier.InMailRenewal;
import com.headroom.tier.SecondInMailRule;
import com.headroom.tier.TierService;
import com.headroom.tier.TierSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Logging outreach through the service: what is stored, what is refused and why. */
@HeadroomTest
class OutreachRulesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Wednesday 25 November 2026, 10:00 in Berlin. */
    static final Instant WED = LocalDateTime.parse("2026-11-25T10:00").atZone(BERLIN).toInstant();

    @Autowired
    OutreachService outreach;
    @Autowired
    LedgerUpkeep upkeep;
    @Autowired
    ProspectService prospects;
    @Autowired
    DoNotContactService doNotContact;
    @Autowired
    TierService tiers;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TestData testData;
    @Autowired
    TestClock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    TeamSummary team;
    TestData.Person manager;
    TestData.Person rep;
    TestData.Person teammate;

    @BeforeEach
    void threeInvitationsAWeek() {
        clock.set(WED);
        var tier = SystemAuthentication.callAsSystem(() -> tiers.create(new TierSettings(TestData.unique("Tight"), 3,
                null, 300, 2, 4, InMailRenewal.BILLING_DAY, SecondInMailRule.COSTS_ANOTHER_CREDIT, 120, 8000, 200,
                1900, null)));
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
        var first = as(rep, () -> outreach.log(invite(ada, "key-1")));
        var again = as(rep, () -> outreach.log(invite(ada, "key-1")));

        assertThat(first.stage()).isEqualTo(Stage.INVITED);
        assertThat(again.alreadyLogged()).isTrue();
        assertThat(again.entryId()).isEqualTo(first.entryId());
        assertThat(entries(OutreachType.INVITATION_SENT)).isEqualTo(1);
    }

    @Test
    void outcomes_move_the_pipeline_forward_only() {
        var ada = prospect("Ada");
        as(rep, () -> outreach.log(invite(ada, key())));
        assertThat(as(rep, () -> outreach.log(LogRequest.now(ada.id(), OutreachType.INVITATION_ACCEPTED, key())))
                .stage()).isEqualTo(Stage.CONNECTED);
        assertThat(as(rep, () -> outreach.log(LogRequest.now(ada.id(), OutreachType.MESSAGE_REPLIED, key())))
                .stage()).isEqualTo(Stage.CONVERSATION);
        as(rep, () -> prospects.changeStage(ada.id(), Stage.MEETING));
        // A late "accepted" does not pull a meeting back to "connected".
        assertThat(as(rep, () -> outreach.log(LogRequest.now(ada.id(), OutreachType.PROFILE_VIEWED, key())))
                .stage()).isEqualTo(Stage.MEETING);
        assertThat(as(rep, () -> outreach.log(LogRequest.now(ada.id(), OutreachType.INVITATION_ACCEPTED, key())))
                .stage()).isEqualTo(Stage.MEETING);
    }

    @Test
    void actions_of_the_last_30_days_may_be_logged_and_older_or_future_ones_are_refused() {
        var ada = prospect("Ada");
        var monthAgo = as(rep, () -> outreach.log(at(ada, OutreachType.PROFILE_VIEWED,
                WED.minus(Duration.ofDays(30)))));
        assertThat(monthAgo.occurredAt()).isEqualTo(WED.minus(Duration.ofDays(30)));
        assertThatThrownBy(() -> as(rep, () -> outreach.log(at(ada, OutreachType.PROFILE_VIEWED,
                WED.minus(Duration.ofDays(30)).minusSeconds(1))))).isInstanceOf(RuleViolation.class)
                .hasMessage("You can log actions of the last 30 days; this one is older.");
        assertThatThrownBy(() -> as(rep, () -> outreach.log(at(ada, OutreachType.PROFILE_VIEWED,
                WED.plus(Duration.ofHours(1)))))).isInstanceOf(RuleViolation.class)
                .hasMessage("That time is in the future. Log what you have already done.");
    }

    @Test
    void the_invitation_past_the_weekly_budget_is_refused_with_when_it_frees_up_and_nothing_is_stored() {
        for (String name : new String[] {"Ada", "Bo", "Cy"}) {
            var p = prospect(name);
            as(rep, () -> outreach.log(invite(p, key())));
        }
        var dee = prospect("Dee");
        assertThatThrownBy(() -> as(rep, () -> outreach.log(invite(dee, key()))))
                .isInstanceOfSatisfying(OutreachRefused.class, refused -> {
                    assertThat(refused.refusal().limit()).isEqualTo(Refusal.Limit.WEEKLY_BUDGET);
                    assertThat(refused.getMessage()).isEqualTo(
                            "Weekly budget used: 3 of 3. Next invitation frees up Wed 2 Dec 10:00.");
                });
        assertThat(entries(OutreachType.INVITATION_SENT)).isEqualTo(3);
        assertThat(as(rep, () -> prospects.details(dee.id())).stage()).isEqualTo(Stage.NEW);
    }

    @Test
    void a_managers_approval_lets_the_rep_go_past_the_budget_once_and_shows_in_the_ledger_and_audit_log() {
        for (String name : new String[] {"Ada", "Bo", "Cy"}) {
            var p = prospect(name);
            as(rep, () -> outreach.log(invite(p, key())));
        }
        var dee = prospect("Dee");
        assertThatThrownBy(() -> as(rep, () -> outreach.requestOverride(dee.id(), OutreachType.INVITATION_SENT, " ")))
                .hasMessage("Tell your manager why this one can't wait.");
        var request = as(rep, () -> outreach.requestOverride(dee.id(), OutreachType.INVITATION_SENT,
                "Dee asked me to connect at the fair today"));
        assertThat(request.status()).isEqualTo(OverrideRequest.Status.REQUESTED);
        assertThat(request.refusal()).startsWith("Weekly budget used: 3 of 3.");

        assertThatThrownBy(() -> as(teammate, () -> outreach.approveOverride(request.id(), "Sure")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(manager, () -> outreach.approveOverride(request.id(), "")))
                .hasMessage("Give the reason for your decision: it goes to the audit log.");
        assertThat(as(manager, () -> outreach.overridesToDecide())).extracting(OverrideRequest::id)
                .contains(request.id());
        var approved = as(manager, () -> outreach.approveOverride(request.id(), "Met at the fair: warm lead"));
        assertThat(approved.status()).isEqualTo(OverrideRequest.Status.APPROVED);
        assertThat(approved.decidedByName()).isEqualTo("Mia Manager");

        var logged = as(rep, () -> outreach.log(new LogRequest(dee.id(), OutreachType.INVITATION_SENT, null, null,
                null, null, key(), request.id())));
        assertThat(logged.stage()).isEqualTo(Stage.INVITED);
        assertThat(jdbc.queryForObject("SELECT override_id FROM outreach_entry WHERE id = ?", Long.class,
                logged.entryId())).isEqualTo(request.id());
        var line = as(rep, () -> outreach.forProspect(dee.id())).history().getFirst();
        assertThat(line.overrideNote()).isEqualTo("Past the limit with Mia Manager's approval: Met at the fair: warm lead");
        assertThat(SystemAuthentication.callAsSystem(() -> auditLog.historyOf(OutreachService.AUDIT_SUBJECT,
                request.id()))).extracting(AuditEntry::action).contains("Approved", "Used");

        // Used once: the next one is refused again.
        var eve = prospect("Eve");
        assertThatThrownBy(() -> as(rep, () -> outreach.log(new LogRequest(eve.id(), OutreachType.INVITATION_SENT,
                null, null, null, null, key(), request.id())))).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("That approval can't be used here any more.");
    }

    @Test
    void limits_linkedin_enforces_cannot_be_overridden() {
        var ada = prospect("Ada");
        as(rep, () -> outreach.log(invite(ada, key())));
        assertThatThrownBy(() -> as(rep, () -> outreach.requestOverride(ada.id(), OutreachType.INVITATION_SENT,
                "Once more please"))).isInstanceOf(RuleViolation.class).hasMessage("An invitation to this person is"
                + " already pending. Log its outcome, or withdraw it first. A manager can't lift this one: LinkedIn"
                + " enforces it.");
    }

    @Test
    void a_person_on_the_do_not_contact_list_is_not_contacted() {
        var ada = prospect("Ada");
        as(manager, () -> doNotContact.add(team.id(), DoNotContactKind.PERSON, ada.profileUrl(), "Asked us to stop"));
        assertThatThrownBy(() -> as(rep, () -> outreach.log(invite(ada, key()))))
                .isInstanceOfSatisfying(OutreachRefused.class, refused -> assertThat(refused.getMessage())
                        .startsWith("Ada Lovelace is on the do-not-contact list (").contains("Asked us to stop")
                        .endsWith("). Nothing was logged."));
        assertThat(entries(OutreachType.INVITATION_SENT)).isZero();
    }

    @Test
    void only_the_owner_logs_outreach_on_a_prospect() {
        var ada = prospect("Ada");
        assertThatThrownBy(() -> as(teammate, () -> outreach.log(invite(ada, key()))))
                .isInstanceOf(RuleViolation.class).hasMessage("Only the owner logs outreach on Ada Lovelace. Ask them"
                        + " to hand the prospect over to you first.");
    }

    @Test
    void undo_appends_a_reversal_and_gives_the_budget_back() {
        var ada = prospect("Ada");
        var sent = as(rep, () -> outreach.log(invite(ada, key())));
        assertThat(as(rep, () -> outreach.myHeadroom()).orElseThrow().invitations().left()).isEqualTo(2);
        as(rep, () -> outreach.undo(sent.entryId(), key()));
        assertThat(as(rep, () -> outreach.myHeadroom()).orElseThrow().invitations().left()).isEqualTo(3);
        // Nothing was updated or deleted: the sent entry is still there, with a reversal after it.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outreach_entry WHERE member_id = ?", Integer.class,
                rep.id())).isEqualTo(2);
        assertThat(as(rep, () -> outreach.forProspect(ada.id())).history()).filteredOn(OutreachLine::undone)
                .extracting(OutreachLine::id).containsExactly(sent.entryId());
        assertThatThrownBy(() -> as(rep, () -> outreach.undo(sent.entryId(), key())))
                .hasMessage("This entry was already undone.");
        assertThatThrownBy(() -> as(teammate, () -> outreach.undo(sent.entryId(), key())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void inmail_credits_arrive_on_the_billing_day_capped_at_the_maximum_and_come_back_when_answered() {
        // Seat since 15 March, 2 credits a month, at most 4: Aug 2 + Sep 2, Oct capped to 0, Nov 2 after Aug's expire.
        int grants = SystemAuthentication.callAsSystem(() -> upkeep.grantCredits(rep.id()));
        assertThat(grants).isEqualTo(4);
        assertThat(jdbc.queryForList("SELECT credits FROM outreach_entry WHERE member_id = ? AND type ="
                + " 'INMAIL_CREDITS_GRANTED' ORDER BY occurred_at", Integer.class, rep.id()))
                .containsExactly(2, 2, 0, 2);
        assertThat(SystemAuthentication.callAsSystem(() -> upkeep.grantCredits(rep.id()))).isZero();
        assertThat(balance()).isEqualTo(4);

        var ada = prospect("Ada");
        var sent = as(rep, () -> outreach.log(new LogRequest(ada.id(), OutreachType.INMAIL_SENT, null, "Quick question",
                "Hello Ada", null, key(), null)));
        assertThat(balance()).isEqualTo(3);
        as(rep, () -> outreach.log(LogRequest.now(ada.id(), OutreachType.INMAIL_REPLIED, key())));
        assertThat(balance()).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT relates_to FROM outreach_entry WHERE member_id = ? AND type ="
                + " 'INMAIL_CREDIT_REFUNDED'", Long.class, rep.id())).isEqualTo(sent.entryId());
    }

    @Test
    void an_inmail_without_credit_is_refused_and_nothing_is_stored() {
        var free = testData.person("Fay Free", Role.MEMBER, team.id(), "Free");
        var zed = prospect(free, "Zed");
        assertThatThrownBy(() -> as(free, () -> outreach.log(new LogRequest(zed.id(), OutreachType.INMAIL_SENT, null,
                "Hi", "Hello", null, key(), null)))).isInstanceOfSatisfying(OutreachRefused.class, refused -> {
                    assertThat(refused.refusal().limit()).isEqualTo(Refusal.Limit.NO_INMAIL_CREDIT);
                    assertThat(refused.getMessage()).isEqualTo("No InMail credits left. Free grants none.");
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outreach_entry WHERE member_id = ?", Integer.class,
                free.id())).isZero();
    }

    @Test
    void the_reminder_job_flags_each_stale_invitation_once_and_my_day_says_since_when() {
        var ada = prospect("Ada");
        as(rep, () -> outreach.log(new LogRequest(ada.id(), OutreachType.INVITATION_SENT,
                WED.minus(Duration.ofDays(22)), null, null, null, key(), null)));
        var bo = prospect("Bo");
        as(rep, () -> outreach.log(new LogRequest(bo.id(), OutreachType.INVITATION_SENT,
                WED.minus(Duration.ofDays(3)), null, null, null, key(), null)));
        assertThat(SystemAuthentication.callAsSystem(() -> upkeep.remindWithdrawals(rep.id()))).isEqualTo(1);
        assertThat(SystemAuthentication.callAsSystem(() -> upkeep.remindWithdrawals(rep.id()))).isZero();
        var day = as(rep, () -> outreach.myDay());
        assertThat(day.withdraw().items()).singleElement().satisfies(todo -> {
            assertThat(todo.name()).isEqualTo("Ada Lovelace");
            assertThat(todo.what()).isEqualTo("Invited 22 days ago, no answer: withdraw the invitation (on your list"
                    + " since Wed 25 Nov)");
        });
    }

    // ---- Helpers. ----

    private int balance() {
        return as(rep, () -> outreach.myHeadroom()).orElseThrow().inMail().balance();
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
        return as(owner, () -> prospects.add(team.id(), ProspectFixtures.draft(firstName, last, "Acme",
                "https://www.linkedin.com/in/" + firstName.toLowerCase() + "-" + UUID.randomUUID())));
    }

    private static LogRequest invite(ProspectDetails prospect, String key) {
        return LogRequest.now(prospect.id(), OutreachType.INVITATION_SENT, key);
    }

    private static LogRequest at(ProspectDetails prospect, OutreachType type, Instant at) {
        return new LogRequest(prospect.id(), type, at, null, null, null, key(), null);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private <T> T as(TestData.Person person, Supplier<T> work) {
        return SignedInAs.call(users, person.email(), work);
    }

    private void as(TestData.Person person, Runnable work) {
        SignedInAs.run(users, person.email(), work);
    }
}
