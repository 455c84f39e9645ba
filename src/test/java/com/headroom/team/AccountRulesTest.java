package com.headroom.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.HeadroomTest;
import com.headroom.SignedInAs;
import com.headroom.TestData;
import com.headroom.base.RuleViolation;
import com.headroom.security.Role;
import com.headroom.security.SystemAuthentication;
import com.headroom.tier.SecondInMailRule;
import com.headroom.tier.TierService;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Rules on accounts that no screen shows directly. */
@HeadroomTest
class AccountRulesTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountSignIn signIn;

    @Autowired
    com.headroom.team.SeatHistories seatHistories;

    @Autowired
    TierService tiers;

    @Autowired
    PasswordLinkService passwordLinks;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestData testData;

    @Autowired
    com.headroom.TestClock clock;

    @Test
    void a_tier_change_is_kept_with_its_instant_so_that_the_new_tier_applies_from_then_on() {
        var team = testData.team("Upgraders");
        clock.set(java.time.Instant.parse("2026-11-23T09:00:00Z"));
        try {
            var rep = testData.person("Upgrading Rep", Role.MEMBER, team.id(), "Free");
            var salesNavigator = testData.tier("Sales Navigator Core");
            clock.set(java.time.Instant.parse("2026-11-25T14:30:00Z"));
            var details = SystemAuthentication.callAsSystem(() -> accounts.find(rep.id())).orElseThrow();
            var d = details.draft();
            SystemAuthentication.runAsSystem(() -> accounts.update(rep.id(), details.version(),
                    new AccountDraft(d.displayName(), d.email(), d.role(), d.teamId(), salesNavigator.id(),
                            d.seatStartedOn(), d.linkedInProfileUrl(), d.linkedInStartedOn(), d.managedTeamIds())));

            var history = SignedInAs.call(users, rep.email(), () -> seatHistories.seatHistory(rep.id()));
            assertThat(history.periods()).extracting(SeatHistory.Period::from)
                .containsExactly(java.time.Instant.parse("2026-11-23T09:00:00Z"),
                        java.time.Instant.parse("2026-11-25T14:30:00Z"));
            assertThat(history.periods().getLast().tierId()).isEqualTo(salesNavigator.id());
            // A teammate may not read it; only the person, the team's managers and
            // admins.
            var teammate = testData.member("Nosy Teammate", team.id());
            assertThatThrownBy(
                    () -> SignedInAs.call(users, teammate.email(), () -> seatHistories.seatHistory(rep.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        }
        finally {
            clock.reset();
        }
    }

    @Test
    void a_deactivated_person_whose_tier_was_retired_needs_another_tier_before_coming_back() {
        var team = testData.team("Returners");
        var tier = testData.newTier("Pilot", 90, 0, 0, SecondInMailRule.WAIT_FOR_REPLY);
        var link = SystemAuthentication.callAsSystem(() -> accounts
            .invite(new AccountDraft("Returning Rep", TestData.unique("returning").replace(' ', '.') + "@test.example",
                    Role.MEMBER, team.id(), tier.id(), LocalDate.of(2026, 2, 1), null, null, Set.of())));
        SystemAuthentication.runAsSystem(() -> signIn.deactivate(link.accountId()));
        SystemAuthentication.runAsSystem(() -> tiers.retire(tier.id()));

        assertThatThrownBy(() -> SystemAuthentication.runAsSystem(() -> signIn.reactivate(link.accountId())))
            .isInstanceOf(RuleViolation.class)
            .hasMessage("Returning Rep's tier " + tier.name() + " is retired. Give them another tier, then"
                    + " reactivate.");
        assertThat(SystemAuthentication.callAsSystem(() -> accounts.find(link.accountId())).orElseThrow().active())
            .isFalse();
    }

    @Test
    void a_seat_cannot_be_moved_onto_a_retired_tier_but_may_stay_on_one() {
        var team = testData.team("Stayers");
        var person = testData.member("Stayer", team.id());
        var tier = testData.newTier("Legacy", 90, 0, 0, SecondInMailRule.WAIT_FOR_REPLY);
        SystemAuthentication.runAsSystem(() -> tiers.retire(tier.id()));
        var details = SystemAuthentication.callAsSystem(() -> accounts.find(person.id())).orElseThrow();
        var onto = new AccountDraft(details.draft().displayName(), details.draft().email(), Role.MEMBER, team.id(),
                tier.id(), LocalDate.of(2026, 2, 1), null, null, Set.of());

        assertThatThrownBy(
                () -> SystemAuthentication.runAsSystem(() -> accounts.update(person.id(), details.version(), onto)))
            .isInstanceOf(RuleViolation.class)
            .hasMessage(tier.name() + " is retired. Choose another tier.");
    }

    @Test
    void changing_ones_password_voids_a_pending_new_password_link() {
        var person = testData.member("Careful Rep", testData.team("Careful").id());
        var link = SystemAuthentication.callAsSystem(() -> signIn.newPasswordLink(person.id()));

        SignedInAs.run(users, person.email(),
                () -> signIn.changeOwnPassword(TestData.PASSWORD, "my own new passphrase", null));

        assertThat(passwordLinks.holderOf(link.token())).isEmpty();
        assertThatThrownBy(() -> passwordLinks.setPassword(link.token(), "someone else's passphrase"))
            .isInstanceOf(RuleViolation.class)
            .hasMessageStartingWith("This link has expired or was already used.");
    }

    @Test
    void an_admins_new_password_link_lasts_one_hour_and_an_invitation_seven_days() {
        var team = testData.team("Links");
        var start = java.time.Instant.parse("2026-12-10T09:00:00Z");
        clock.set(start);
        try {
            var person = testData.member("Forgetful Rep", team.id());
            var newPassword = SystemAuthentication.callAsSystem(() -> signIn.newPasswordLink(person.id()));
            var invitation = SystemAuthentication.callAsSystem(() -> accounts.invite(new AccountDraft("New Starter",
                    TestData.unique("starter").replace(' ', '.') + "@test.example", Role.MEMBER, team.id(),
                    testData.tier("Free").id(), LocalDate.of(2026, 12, 1), null, null, Set.of())));
            var lostInvitation = SystemAuthentication
                .callAsSystem(() -> accounts.invite(new AccountDraft("Slow Starter",
                        TestData.unique("slow").replace(' ', '.') + "@test.example", Role.MEMBER, team.id(),
                        testData.tier("Free").id(), LocalDate.of(2026, 12, 1), null, null, Set.of())));
            var resent = SystemAuthentication.callAsSystem(() -> signIn.newPasswordLink(lostInvitation.accountId()));

            assertThat(newPassword.expiresAt()).isEqualTo(start.plus(java.time.Duration.ofHours(1)));
            assertThat(invitation.expiresAt()).isEqualTo(start.plus(java.time.Duration.ofDays(7)));
            assertThat(resent.expiresAt()).as("a lost invitation sent again is still an invitation")
                .isEqualTo(start.plus(java.time.Duration.ofDays(7)));

            clock.set(start.plus(java.time.Duration.ofMinutes(59)));
            assertThat(passwordLinks.holderOf(newPassword.token())).isPresent();
            clock.set(start.plus(java.time.Duration.ofHours(1)));
            assertThat(passwordLinks.holderOf(newPassword.token())).isEmpty();
            assertThatThrownBy(() -> passwordLinks.setPassword(newPassword.token(), "too late for this passphrase"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("This link has expired");

            clock.set(start.plus(java.time.Duration.ofDays(7)).minusSeconds(1));
            assertThat(passwordLinks.holderOf(invitation.token())).isPresent();
            clock.set(start.plus(java.time.Duration.ofDays(7)));
            assertThat(passwordLinks.holderOf(invitation.token())).isEmpty();
        }
        finally {
            clock.reset();
        }
    }

    @Test
    void saving_a_manager_unchanged_changes_nothing() {
        var team = testData.team("Steady");
        var manager = testData.person("Steady Lead", Role.MANAGER, team.id(), "Sales Navigator Core");
        var before = SystemAuthentication.callAsSystem(() -> accounts.find(manager.id())).orElseThrow();

        var after = SystemAuthentication
            .callAsSystem(() -> accounts.update(manager.id(), before.version(), before.draft()));

        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.draft().managedTeamIds()).containsExactly(team.id());
    }

}
