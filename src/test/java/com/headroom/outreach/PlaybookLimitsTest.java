package com.headroom.outreach;

import static com.headroom.outreach.LimitsEngineTest.FREE;
import static com.headroom.outreach.LimitsEngineTest.WED;
import static com.headroom.outreach.LimitsEngineTest.at;
import static com.headroom.outreach.OutreachType.INVITATION_ACCEPTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.outreach.Headroom.Health;
import com.headroom.outreach.Headroom.HealthReason;
import com.headroom.outreach.MemberFacts.TierPeriod;
import com.headroom.team.TeamPolicySettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The playbook's limits: targeting spread and LinkedIn's 30,000 connections. */
class PlaybookLimitsTest {

    private final LimitsEngineTest.Ledger ledger = new LimitsEngineTest.Ledger();

    private final Map<Long, ProspectPlace> places = new HashMap<>();

    private static final TeamPolicySettings TARGETED = TeamPolicySettings.defaults("Europe/Berlin")
        .withTargets(Set.of("Germany", "Austria"), Set.of("Software"));

    private MemberFacts facts(TeamPolicySettings policy) {
        return new MemberFacts(List.of(new TierPeriod(Instant.EPOCH, FREE)), policy, LocalDate.of(2025, 1, 15), null)
            .withInvitedPlaces(places);
    }

    /** Invites people, the first so many outside the targets, the rest inside. */
    private void invite(int outside, int inside, int unknown) {
        long id = places.size() + 1;
        for (int i = 0; i < outside + inside + unknown; i++, id++) {
            places.put(id, i < outside ? new ProspectPlace("Paris, France", "Software") : i < outside + inside
                    ? new ProspectPlace("Vienna, Austria", "Computer Software") : new ProspectPlace(null, "Software"));
            ledger.invite(id, WED.minus(Duration.ofHours(2 + i)));
        }
    }

    private Optional<HealthReason> spreadReason(Headroom h) {
        return h.reasons().stream().filter(r -> r.sentence().contains("outside the team's target")).findFirst();
    }

    @Nested
    class TargetingSpread {

        @Test
        void exactly_the_policys_share_outside_is_not_above_it_one_more_is() {
            invite(4, 6, 0);
            var atTheShare = LimitsEngine.evaluate(facts(TARGETED), ledger.entries, WED);
            assertThat(atTheShare.targeting().outside()).isEqualTo(4);
            assertThat(atTheShare.targeting().invitations()).isEqualTo(10);
            assertThat(spreadReason(atTheShare)).isEmpty();
            assertThat(atTheShare.health()).isEqualTo(Health.GREEN);

            invite(1, 0, 0);
            var above = LimitsEngine.evaluate(facts(TARGETED), ledger.entries, WED);
            assertThat(above.health()).isEqualTo(Health.AMBER);
            assertThat(spreadReason(above).map(HealthReason::sentence))
                .contains("5 of your 11 invitations in the last 7 days (45%) went to people outside the team's target"
                        + " regions and industries, above the team's 40%: LinkedIn may look more closely at requests"
                        + " far from your market. Invite more people inside it.");
        }

        @Test
        void people_without_a_location_count_as_unknown_named_as_such_and_not_as_outside() {
            invite(2, 1, 3);
            var h = LimitsEngine.evaluate(facts(TARGETED), ledger.entries, WED);
            assertThat(h.targeting().outside()).isEqualTo(2);
            assertThat(h.targeting().unknown()).isEqualTo(3);
            assertThat(spreadReason(h)).isEmpty();
            assertThat(PlaybookSentences.targeting(h.targeting())).contains("2 of 6 invitations")
                .contains("3 people have no location or industry on file: counted as unknown, not outside");
            // Someone missing from the places read (erased since) is unknown too.
            ledger.invite(999, WED.minusSeconds(60));
            assertThat(LimitsEngine.evaluate(facts(TARGETED), ledger.entries, WED).targeting().unknown()).isEqualTo(4);
        }

        @Test
        void a_handful_of_invitations_does_not_warn_and_the_week_rolls_to_the_second() {
            invite(4, 0, 0);
            assertThat(spreadReason(LimitsEngine.evaluate(facts(TARGETED), ledger.entries, WED))).isEmpty();
            invite(1, 0, 0);
            assertThat(spreadReason(LimitsEngine.evaluate(facts(TARGETED), ledger.entries, WED))).isPresent();
            // The oldest of the five was sent 5 hours before WED: 7 days later it leaves.
            Instant oldestLeaves = WED.minus(Duration.ofHours(5)).plus(Duration.ofDays(7));
            var justBefore = LimitsEngine.evaluate(facts(TARGETED), ledger.entries, oldestLeaves.minusSeconds(1));
            assertThat(justBefore.targeting().invitations()).isEqualTo(5);
            var after = LimitsEngine.evaluate(facts(TARGETED), ledger.entries, oldestLeaves);
            assertThat(after.targeting().invitations()).isEqualTo(4);
            assertThat(spreadReason(after)).isEmpty();
        }

        @Test
        void an_undone_invitation_does_not_count_and_a_team_without_targets_checks_nothing() {
            invite(5, 0, 0);
            ledger.reverse(1, WED.minusSeconds(10));
            var h = LimitsEngine.evaluate(facts(TARGETED), ledger.entries, WED);
            assertThat(h.targeting().invitations()).isEqualTo(4);
            var untargeted = LimitsEngine.evaluate(facts(TeamPolicySettings.defaults("Europe/Berlin")), ledger.entries,
                    WED);
            assertThat(untargeted.targeting().named()).isFalse();
            assertThat(PlaybookSentences.targeting(untargeted.targeting())).startsWith("Your team names no target");
        }

    }

    @Nested
    class TheNetworkCap {

        private static final Instant IMPORTED = at("2026-11-01T09:00");

        private MemberFacts withNetwork(int connections) {
            return facts(TeamPolicySettings.defaults("Europe/Berlin"))
                .withNetwork(Optional.of(new ImportedNetwork(connections, IMPORTED)));
        }

        @Test
        void the_count_is_the_import_plus_acceptances_logged_after_it_and_says_so() {
            ledger.invite(1, IMPORTED.minus(Duration.ofDays(3)));
            ledger.outcome(1, INVITATION_ACCEPTED, IMPORTED.minus(Duration.ofDays(2)));
            ledger.invite(2, IMPORTED.plus(Duration.ofDays(1)));
            ledger.outcome(2, INVITATION_ACCEPTED, IMPORTED.plus(Duration.ofDays(2)));
            var h = LimitsEngine.evaluate(withNetwork(1200), ledger.entries, WED);
            assertThat(h.network().connections()).hasValue(1201);
            assertThat(h.network().acceptedSince()).isEqualTo(1);
            assertThat(PlaybookSentences.network(h.network(), ZoneId.of("Europe/Berlin")))
                .isEqualTo("1,201 of 30,000 connections: your Connections.csv of Sun 1 Nov 2026 had 1,200, plus 1"
                        + " accepted invitation logged since.");
        }

        @Test
        void amber_from_29000_red_at_30000_where_an_invitation_is_refused_as_linkedins_limit() {
            var below = LimitsEngine.evaluate(withNetwork(28_999), ledger.entries, WED);
            assertThat(below.network().level()).isEqualTo(Health.GREEN);
            assertThat(below.health()).isEqualTo(Health.GREEN);

            var warned = LimitsEngine.evaluate(withNetwork(29_000), ledger.entries, WED);
            assertThat(warned.network().level()).isEqualTo(Health.AMBER);
            assertThat(warned.reasons()).extracting(HealthReason::sentence)
                .anyMatch(s -> s.contains("close to LinkedIn's limit of 30,000 (1,000 left)")
                        && s.contains("Withdraw invitations"));

            ledger.invite(5, IMPORTED.plus(Duration.ofDays(1)));
            ledger.outcome(5, INVITATION_ACCEPTED, IMPORTED.plus(Duration.ofDays(2)));
            var lastOne = LimitsEngine.evaluate(withNetwork(29_998), ledger.entries, WED);
            assertThat(lastOne.network().connections()).hasValue(29_999);
            assertThat(lastOne.network().level()).isEqualTo(Health.AMBER);
            assertThat(ActionChecks
                .invitation(lastOne,
                        LimitWindows.around(ledger.entries, WED, WED, ZoneId.of("Europe/Berlin"),
                                Duration.ofMinutes(10)),
                        withNetwork(29_998), 77, null)
                .refused()).isEmpty();

            var full = LimitsEngine.evaluate(withNetwork(29_999), ledger.entries, WED);
            assertThat(full.network().connections()).hasValue(30_000);
            assertThat(full.network().level()).isEqualTo(Health.RED);
            assertThat(full.health()).isEqualTo(Health.RED);
            var refused = ActionChecks
                .invitation(full,
                        LimitWindows.around(ledger.entries, WED, WED, ZoneId.of("Europe/Berlin"),
                                Duration.ofMinutes(10)),
                        withNetwork(29_999), 77, null)
                .refused();
            assertThat(refused).map(Refusal::limit).contains(Limit.NETWORK_FULL);
            assertThat(Limit.NETWORK_FULL.overridable()).isFalse();
            assertThat(refused.get().sentence())
                .startsWith("LinkedIn stops members at 30,000 connections and you have" + " 30,000 connections");
        }

        @Test
        void without_an_import_there_is_no_count_and_no_refusal() {
            var h = LimitsEngine.evaluate(facts(TeamPolicySettings.defaults("Europe/Berlin")), ledger.entries, WED);
            assertThat(h.network().connections()).isEmpty();
            assertThat(h.network().full()).isFalse();
            assertThat(PlaybookSentences.network(h.network(), ZoneId.of("Europe/Berlin")))
                .startsWith("Import your Connections.csv");
        }

    }

}
